"""Image renditions readers see: made by Celery when a picture is saved and when an article is published,
only ever looked up while a reader's page renders.

Making a rendition decodes the original (a 40-megapixel photo takes seconds and over 100 MB); a reader's
request must not wait for that nor be able to make a server do it at will, so:

- `service.py`: the fixed sizes the reader templates show (SIZES) and the generation (writes).
- `tasks.py`: `news.renditions_generate` for one picture, queued from the pipeline (a picture saved, an
  article published) and, once per picture and page per ten minutes, by a page that found one missing.
- `stored.py`: what a page shows: the renditions that exist, in one lookup per page (they are prefetched
  with the images); a missing size is left out of the srcset, a picture with none is left out of the page.
"""
