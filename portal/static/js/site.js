// Remember the reader's language choice so that "/" sends them back to it next time.
// Cookie only, set on click: cached pages stay identical for every reader.
document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-set-language]");
  if (!link) return;
  const language = link.dataset.setLanguage;
  const secure = location.protocol === "https:" ? "; Secure" : "";
  document.cookie = `django_language=${language}; path=/; max-age=31536000; SameSite=Lax${secure}`;
});

// Search box suggestions: a combobox with a listbox popup (WAI-ARIA 1.2). Arrow keys move through
// the headlines, Enter opens the chosen one (or searches when none is chosen), Escape closes.
(() => {
  const form = document.querySelector(".search-box[data-suggest-url]");
  if (!form) return;
  const input = form.querySelector("[role=combobox]");
  const list = form.querySelector("[role=listbox]");
  const status = form.querySelector("[data-search-status]");
  let options = [];
  let active = -1;
  let timer = null;
  let controller = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const highlight = (index) => {
    options.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    active = index;
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", options[index].id);
      options[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  };

  const render = (results) => {
    list.replaceChildren();
    options = results.map((result, i) => {
      const item = document.createElement("li");
      item.id = `search-box-option-${i}`;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.dataset.url = result.url;
      const title = document.createElement("span");
      title.className = "search-box__option-title";
      title.textContent = result.title; // text, never HTML: a headline cannot inject markup
      item.append(title);
      if (result.section) {
        const section = document.createElement("span");
        section.className = "search-box__option-section";
        section.textContent = result.section;
        item.append(section);
      }
      item.addEventListener("mousedown", (event) => event.preventDefault()); // keep focus in the input
      item.addEventListener("click", () => { window.location.href = result.url; });
      list.append(item);
      return item;
    });
    active = -1;
    const open = options.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    status.textContent = open
      ? form.dataset.status.replace("{count}", String(options.length))
      : form.dataset.statusNone;
  };

  const fetchSuggestions = async () => {
    const text = input.value.trim();
    if (text.length < 2) { close(); status.textContent = ""; return; }
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const url = `${form.dataset.suggestUrl}?${new URLSearchParams({ q: text })}`;
      const response = await fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } });
      if (!response.ok) return;
      const data = await response.json();
      if (data.query === text || input.value.trim() === text) render(data.results);
    } catch (error) {
      if (error.name !== "AbortError") close();
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 150);
  });
  input.addEventListener("keydown", (event) => {
    const open = !list.hidden && options.length > 0;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open) { fetchSuggestions(); return; }
      highlight(active + 1 < options.length ? active + 1 : 0);
    } else if (event.key === "ArrowUp" && open) {
      event.preventDefault();
      highlight(active > 0 ? active - 1 : options.length - 1);
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      window.location.href = options[active].dataset.url;
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
})();

// "Listen to this article": open the player (and start it), close it (and stop it).
document.querySelectorAll("[data-listen]").forEach((section) => {
  const open = section.querySelector("[data-listen-open]");
  const player = section.querySelector(".listen__player");
  const audio = section.querySelector("audio");
  open.addEventListener("click", () => {
    player.hidden = false;
    open.setAttribute("aria-expanded", "true");
    audio.play().catch(() => {}); // autoplay may be refused: the controls are there
    audio.focus();
  });
  section.querySelector("[data-listen-close]").addEventListener("click", () => {
    audio.pause();
    player.hidden = true;
    open.setAttribute("aria-expanded", "false");
    open.focus();
  });
});

// The section menu scrolls sideways on a phone: data-more names the edges with more sections past them,
// where the stylesheet shows a fade ("start", "end", both or none).
(() => {
  const nav = document.querySelector(".section-nav");
  const list = nav && nav.querySelector(".section-nav__list");
  if (!list) return;
  const update = () => {
    const more = [];
    if (list.scrollLeft > 1) more.push("start");
    if (list.scrollLeft + list.clientWidth < list.scrollWidth - 1) more.push("end");
    nav.dataset.more = more.join(" ");
  };
  list.addEventListener("scroll", update, { passive: true });
  new ResizeObserver(update).observe(list);
  update();
})();
