"""Import circles and layers among the project's apps (portal, home, news, search; migrations left out).

The layers (docs/architecture.md): home imports search, news and portal; search imports news and portal;
news imports portal; portal imports no app except in its URLconf and template tags.

Every module is parsed with `ast`, never imported. An edge A -> B means A imports B anywhere: at module
level, in a class body or inside a function (a deferred import that only hides a circle still counts), with
relative imports resolved and `from pkg import name` meaning the module pkg.name when there is one, else
pkg. A circle is a strongly connected component of more than one module.

    .venv/bin/python -m tests.test_architecture    # prints each circle with the imports that close it
"""

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ("portal", "home", "news", "search")

# Which apps each app may import; portal only from where the project is assembled.
LAYERS = {
    "portal": set(),
    "news": {"portal"},
    "search": {"news", "portal"},
    "home": {"search", "news", "portal"},
}
ASSEMBLY = ("portal.urls", "portal.templatetags")


@dataclass(frozen=True)
class Site:
    """Where one import statement is: path:line, and whether it runs only when a function is called."""

    where: str
    deferred: bool

    def __str__(self):
        return f"{self.where}{' (in a function)' if self.deferred else ''}"


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules(root: Path = ROOT, apps=APPS) -> dict[str, Path]:
    modules = {}
    for app in apps:
        for path in sorted((root / app).rglob("*.py")):
            if "migrations" not in path.relative_to(root).parts:
                modules[module_name(path, root)] = path
    return modules


class _ImportFinder(ast.NodeVisitor):
    def __init__(self):
        self.found: list[tuple[ast.Import | ast.ImportFrom, bool]] = []
        self._functions = 0

    def _function(self, node):
        self._functions += 1
        self.generic_visit(node)
        self._functions -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function

    def visit_Import(self, node):
        self.found.append((node, self._functions > 0))

    visit_ImportFrom = visit_Import


def _owner(name: str, modules) -> str | None:
    """The project module that `import name` runs last: name itself, else its nearest enclosing package."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def imported_modules(node: ast.Import | ast.ImportFrom, module: str, is_package: bool, modules) -> set[str]:
    if isinstance(node, ast.Import):
        return {owner for alias in node.names if (owner := _owner(alias.name, modules))}
    base = node.module or ""
    if node.level:  # relative: from the module's package, one level up per extra dot
        package = module.split(".") if is_package else module.split(".")[:-1]
        package = package[: len(package) - (node.level - 1)]
        base = ".".join([*package, base] if base else package)
    targets = set()
    for alias in node.names:
        submodule = f"{base}.{alias.name}"
        owner = submodule if submodule in modules else _owner(base, modules)
        if owner:
            targets.add(owner)
    return targets


def import_graph(root: Path = ROOT, apps=APPS) -> dict[str, dict[str, list[Site]]]:
    """module -> {imported project module -> where it is imported}."""
    modules = project_modules(root, apps)
    graph = {}
    for module, path in modules.items():
        finder = _ImportFinder()
        finder.visit(ast.parse(path.read_text(), filename=str(path)))
        edges = graph.setdefault(module, {})
        for node, deferred in finder.found:
            for target in imported_modules(node, module, path.name == "__init__.py", modules):
                if target != module:
                    site = Site(f"{path.relative_to(root)}:{node.lineno}", deferred)
                    edges.setdefault(target, []).append(site)
    return graph


def cycles(graph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each sorted, in sorted order."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def describe(cycle, graph) -> str:
    lines = [" <-> ".join(cycle)]
    for module in cycle:
        for target, sites in sorted(graph[module].items()):
            if target in cycle:
                lines.append(f"    {module} -> {target}: {', '.join(map(str, sites))}")
    return "\n".join(lines)


def report(found, graph) -> str:
    return "\n".join(describe(cycle, graph) for cycle in found)


# The known circles, so the suite stays green while they are removed; strict=False: it passes once they are.
# portal.frontcache <-> portal.tasks <-> portal.localize_jobs, news.models <-> news.selectors,
# home.models <-> home.tasks <-> home.newsletter.
def test_the_apps_have_no_import_cycles():
    graph = import_graph()
    found = cycles(graph)
    assert not found, f"{len(found)} import circle(s):\n{report(found, graph)}"


def test_each_app_imports_only_the_layers_below_it():
    wrong = []
    for module, targets in import_graph().items():
        app = module.split(".")[0]
        if module.startswith(ASSEMBLY):
            continue
        for target, sites in targets.items():
            other = target.split(".")[0]
            if other != app and other not in LAYERS[app]:
                wrong.append(f"{module} -> {target} ({sites[0].where})")
    assert not wrong, "imports against the layers:\n" + "\n".join(wrong)


# The one guarded way to the broker (portal.background.PortalTask: after commit, a broker outage logged
# and never raised into the request): a bare send anywhere else fails a sign-up or a publish with a 500
# the day the broker is down.
BARE_SENDS = {"delay", "apply_async", "send_task"}
BROKER_GATE = "portal.background"


def bare_sends(root: Path = ROOT, apps=APPS) -> list[str]:
    found = []
    for module, path in project_modules(root, apps).items():
        if module == BROKER_GATE:
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", None) in BARE_SENDS:
                found.append(f"{path.relative_to(root)}:{node.lineno} .{node.func.attr}()")
    return found


def test_messages_reach_the_broker_only_through_portal_background():
    found = bare_sends()
    assert not found, (
        "use PortalTask.delay_on_commit / apply_async_on_commit (after commit) or .enqueue / .enqueue_with "
        "(in a task or a commit callback) instead:\n" + "\n".join(found)
    )


def test_bare_sends_are_found_in_code_not_in_words(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "tasks.py").write_text(
        '"""Never call task.delay() here."""\n'
        "def f(task, app):\n"
        "    task.delay_on_commit(1)  # task.delay(1) in a comment\n"
        "    task.apply_async((1,))\n"
        "    app.send_task('x')\n"
    )
    assert bare_sends(tmp_path, ("app",)) == ["app/tasks.py:4 .apply_async()", "app/tasks.py:5 .send_task()"]


def test_the_graph_resolves_relative_deferred_and_from_package_imports(tmp_path):
    files = {
        "app/__init__.py": "",
        "app/models.py": "from . import tasks\nfrom .sub import helpers\n",
        "app/tasks.py": "import os\n\ndef run():\n    from app.models import Thing\n",
        "app/sub/__init__.py": "from .. import views\n",
        "app/sub/helpers.py": "from app import sub, missing_name\n",
        "app/views.py": "from app.sub.helpers import x\nimport app.sub.helpers.nothing\n",
        "app/migrations/0001_initial.py": "from app import models\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    graph = import_graph(tmp_path, ("app",))
    edges = {module: set(targets) for module, targets in graph.items()}
    assert edges == {
        "app": set(),
        "app.models": {"app.tasks", "app.sub.helpers"},
        "app.tasks": {"app.models"},
        "app.sub": {"app.views"},
        "app.sub.helpers": {"app.sub", "app"},
        "app.views": {"app.sub.helpers"},
    }
    assert graph["app.tasks"]["app.models"] == [Site("app/tasks.py:4", deferred=True)]
    assert cycles(graph) == [["app.models", "app.tasks"], ["app.sub", "app.sub.helpers", "app.views"]]


def main() -> int:
    graph = import_graph()
    found = cycles(graph)
    print(f"{len(graph)} modules in {', '.join(APPS)}; {len(found)} import circle(s)")  # noqa: T201
    if found:
        print(report(found, graph))  # noqa: T201
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
