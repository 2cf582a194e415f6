"""A small stand-in for home/demo/data, in the same file layout, so loader tests stay fast.

`DemoLoader(data=demo_sample)` loads it: the package's attributes are the parsed content's fields.
"""

from pathlib import Path

from home.demo.reader import read_content

sections, topics, authors, articles = read_content(Path(__file__).parent)
