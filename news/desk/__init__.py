"""The translation desk's rules on top of wagtail-localize: what each role may do with a translation.

wagtail-localize checks little beyond "may submit translations" and "may edit the page"; a translator
(who may edit translations) could therefore publish through Sync, stop a synced translation or turn a
live translation into an alias. `permissions` says who may do what; `views` wraps the library's views
that change live content, under their own URLs (news.wagtail_hooks registers them first).
"""
