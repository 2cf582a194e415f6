// Remember the reader's language choice so that "/" sends them back to it next time.
// Cookie only, set on click: cached pages stay identical for every reader.
document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-set-language]");
  if (!link) return;
  const language = link.dataset.setLanguage;
  const secure = location.protocol === "https:" ? "; Secure" : "";
  document.cookie = `django_language=${language}; path=/; max-age=31536000; SameSite=Lax${secure}`;
});
