"""An import-linter contract for a rule the built-in types cannot state: "not at import time".

`journeymapper export` and `validate` run where no display (or no Qt) exists, so importing
`journeymapper.cli` must not load the editor or Qt; the editor is imported inside
`gui_main` when it is asked for. The built-in `forbidden` contract sees every import,
including those inside functions, so it would forbid the lazy import too. This contract
follows only imports that run when a module is imported (module body, `if`/`try` at top
level, class bodies) and fails when such a chain reaches a forbidden module.

Registered in `pyproject.toml` under `[tool.importlinter] contract_types`; `lint-imports`
puts the working directory on `sys.path`, so it is found as `tests.import_contracts`.
"""

from __future__ import annotations

import ast
import importlib.util
from collections import deque
from functools import cache
from pathlib import Path

import grimp
from importlinter import Contract, ContractCheck, fields, output


@cache
def _import_time_lines(module: str) -> frozenset[int]:
    """Line numbers of the import statements that run when `module` is imported."""
    path = _source_path(module)
    if path is None:
        return frozenset()
    tree = ast.parse(path.read_text("utf-8"), str(path))
    lines: set[int] = set()
    pending: list[ast.AST] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue  # runs when called, not when imported
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            pending.extend(node.orelse)  # `if TYPE_CHECKING:` never runs
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            lines.add(node.lineno)
        pending.extend(ast.iter_child_nodes(node))
    return frozenset(lines)


def _source_path(module: str) -> Path | None:
    """The file of a module in an internal package, found without importing anything."""
    root, *rest = module.split(".")
    spec = importlib.util.find_spec(root)  # the root package alone (no side effects here)
    if spec is None or not spec.submodule_search_locations:
        return None
    base = Path(next(iter(spec.submodule_search_locations))).joinpath(*rest)
    for candidate in (base.with_suffix(".py"), base / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _forbidden(module: str, forbidden: set[str]) -> bool:
    return any(module == f or module.startswith(f + ".") for f in forbidden)


class ImportTimeForbiddenContract(Contract):
    """Importing the source modules must not (directly or through other modules) import these."""

    type_name = "import_time_forbidden"

    source_modules = fields.ListField(subfield=fields.ModuleField())
    forbidden_modules = fields.ListField(subfield=fields.ModuleField())

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        forbidden = {m.name for m in self.forbidden_modules}  # type: ignore[attr-defined]
        chains: list[list[str]] = []
        for source in self.source_modules:  # type: ignore[attr-defined]
            chain = self._first_chain(graph, source.name, forbidden)
            if chain:
                chains.append(chain)
        return ContractCheck(kept=not chains, warnings=[], metadata={"chains": chains})

    def _first_chain(self, graph: grimp.ImportGraph, source: str, forbidden: set[str]) -> list[str]:
        """A shortest chain of import-time imports from `source` to a forbidden module, or []."""
        came_from: dict[str, str | None] = {source: None}
        queue = deque([source])
        while queue:
            module = queue.popleft()
            if _forbidden(module, forbidden):
                chain = [module]
                while (previous := came_from[chain[-1]]) is not None:
                    chain.append(previous)
                return chain[::-1]
            lines = _import_time_lines(module) if not graph.is_module_squashed(module) else frozenset()
            for imported in sorted(graph.find_modules_directly_imported_by(module)):
                if imported in came_from:
                    continue
                details = graph.get_import_details(importer=module, imported=imported)
                if any(d["line_number"] in lines for d in details):
                    came_from[imported] = module
                    queue.append(imported)
        return []

    def render_broken_contract(self, check: ContractCheck) -> None:
        for chain in check.metadata["chains"]:
            output.print_error(f"{chain[0]} imports {chain[-1]} at import time:", bold=False)
            output.new_line()
            output.print_error("    " + " -> ".join(chain), bold=False)
            output.new_line()
