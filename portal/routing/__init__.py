"""How a reader URL reaches a page: which pages are visible (visibility), child routing in one query
(children) and remembered routes (memory). Infrastructure only: no app's models are imported here."""
