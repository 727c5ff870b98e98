"""Help pages without type hints: usage names the arguments, options show a metavar.

Typer's plain help writes each parameter's Python type (``INPUT <list[str]>``,
``--out <path>``) and cuts the commands' descriptions in a group's listing.
:class:`Command` and :class:`Group` replace that formatting: an argument is
shown by its name (``INPUT...``), an option by its flags and metavar
(``-o, --out FOLDER``), and a command's description in full.
"""

from __future__ import annotations

import inspect
from typing import Any

import typer.core
from typer._click.formatting import HelpFormatter, join_options

_Context = Any  # typer's vendored click Context


def metavar(param: Any) -> str:
    """The name shown for an option's value: its metavar, else one read from its type."""
    if param.metavar:
        return str(param.metavar)
    desc = param.type_descriptor
    if desc.is_path:
        return "PATH"
    annotation = desc.annotation
    if annotation is int:
        return "N"
    if annotation is float:
        return "NUMBER"
    return "TEXT"


def argument_name(param: Any) -> str:
    """``INPUT...`` for a variadic argument, ``NAME`` otherwise (no braces, no type)."""
    name = str(param.metavar or param.name).upper()
    return f"{name}..." if param.nargs != 1 else name


def option_name(param: Any) -> str:
    """``-o, --out FOLDER``; ``--focus / --no-focus``; ``-v, --verbose`` for flags and counts."""
    takes_value = not param.is_flag and not param.count
    parts = []
    for opts in (param.opts, param.secondary_opts):
        if opts:
            joined = join_options(opts)[0]
            parts.append(f"{joined} {metavar(param)}" if takes_value else joined)
    return " / ".join(parts)


def _records(command: Any, ctx: _Context) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    args, opts = [], []
    for param in command.get_params(ctx):
        record = param.get_help_record(ctx)
        if record is None:
            continue
        if param.param_type_name == "argument":
            args.append((argument_name(param), record[1]))
        else:
            opts.append((option_name(param), record[1]))
    return args, opts


def format_params(command: Any, ctx: _Context, formatter: HelpFormatter) -> None:
    """Write the Arguments and Options sections."""
    args, opts = _records(command, ctx)
    if args:
        with formatter.section("Arguments"):
            formatter.write_dl(args)
    if opts:
        with formatter.section("Options"):
            formatter.write_dl(opts)


def usage_pieces(command: Any, ctx: _Context) -> list[str]:
    """``[OPTIONS] INPUT...``: the arguments by name, optional ones in brackets."""
    pieces = [command.options_metavar] if command.options_metavar else []
    for param in command.get_params(ctx):
        if param.param_type_name == "argument":
            name = argument_name(param)
            pieces.append(name if param.required else f"[{name}]")
    return pieces


def description(command: Any) -> str:
    """A command's first paragraph, whole (never cut at 45 characters)."""
    if command.short_help:
        return inspect.cleandoc(command.short_help)
    text = inspect.cleandoc(command.help or "")
    return " ".join(text.split("\n\n")[0].split())


class Command(typer.core.TyperCommand):
    """A geomap command's help: see the module."""

    def collect_usage_pieces(self, ctx: _Context) -> list[str]:
        """The usage line's pieces."""
        return usage_pieces(self, ctx)

    def format_options(self, ctx: _Context, formatter: HelpFormatter) -> None:
        """Arguments and options without type hints."""
        format_params(self, ctx, formatter)


class Group(typer.core.TyperGroup):
    """A command group's help: its options and each command's description, whole."""

    def format_options(self, ctx: _Context, formatter: HelpFormatter) -> None:
        """Options without type hints, then the commands."""
        format_params(self, ctx, formatter)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx: _Context, formatter: HelpFormatter) -> None:
        """Every command with its whole description (wrapped, not cut)."""
        rows = []
        for name in self.list_commands(ctx):
            cmd = self.get_command(ctx, name)
            if cmd is not None and not cmd.hidden:
                rows.append((name, description(cmd)))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)
