"""Every command has complete help (datasette habit): a description and a documented option list."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from vigie.cli import cli

COMMANDS = sorted(cli.commands)


def test_group_help_lists_every_command():
    out = CliRunner().invoke(cli, ["--help"]).output
    for name in ("extract", "clean", "ingest", "events", "export", "stats", "demo"):
        assert name in out


@pytest.mark.parametrize("name", COMMANDS)
def test_command_help_is_complete(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    cmd = cli.commands[name]
    assert cmd.help and len(cmd.help.split()) >= 5, f"{name} has no real description"
    for param in cmd.params:
        if param.param_type_name == "option" and param.name != "help":
            assert getattr(param, "help", None), f"{name} --{param.name} has no help text"
