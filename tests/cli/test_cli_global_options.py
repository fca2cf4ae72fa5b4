"""Global options (``--data-dir``) work before and after the command name, for every command.

The commands are found by walking the real parser, so a command added later is covered too.
"""

import argparse
import os

import pytest

from peerready import cli, paths

#: Commands that open no database: the option must be accepted, it has nothing to choose.
WITHOUT_STORE = {"check", "questionnaire", "plan", "self-test"}


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def _required_arguments(parser: argparse.ArgumentParser, tmp_path) -> list[str]:
    """Fill each required argument with a harmless value, so the command can be parsed."""
    argv: list[str] = []
    for group in parser._mutually_exclusive_groups:
        if group.required:
            first = group._group_actions[0]
            argv += [first.option_strings[-1], "exemple"]
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        value = str(action.choices[0]) if action.choices else str(tmp_path / "absent.yaml")
        if not action.option_strings:
            if action.nargs in ("?", "*"):
                continue
            argv.append(value)
        elif action.required:
            argv += [action.option_strings[-1], value]
    return argv


COMMANDS = sorted(_commands())


def test_every_command_is_covered():
    assert {"record", "structures", "import", "restore", "delete-structure"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("where", ["before", "after"])
def test_data_dir_is_parsed_in_either_place(command, where, tmp_path):
    chosen = str(tmp_path / "chosen")
    rest = _required_arguments(_commands()[command], tmp_path)
    argv = ["--data-dir", chosen, command, *rest] if where == "before" else [command, *rest, "--data-dir", chosen]
    args = cli.build_parser().parse_args(argv)
    assert args.command == command
    assert args.data_dir == chosen


def test_without_the_option_the_data_dir_is_none():
    assert cli.build_parser().parse_args(["structures"]).data_dir is None


@pytest.mark.parametrize("command", sorted(set(COMMANDS) - WITHOUT_STORE))
@pytest.mark.parametrize("where", ["before", "after"])
def test_store_commands_use_the_chosen_folder_and_never_the_home(command, where, tmp_path, monkeypatch):
    """Run the real command: its database lands in the chosen folder, nothing in the home folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.delenv("PEERREADY_DATA_DIR", raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("APPDATA", str(home / "AppData"))
    monkeypatch.setattr("sys.stdin", None)  # confirmations are refused, never waited for
    chosen = tmp_path / "chosen"
    rest = _required_arguments(_commands()[command], tmp_path)
    argv = (
        ["--data-dir", str(chosen), command, *rest]
        if where == "before"
        else [command, *rest, "--data-dir", str(chosen)]
    )
    cli.main(argv)
    assert paths.database_path(chosen).exists(), f"{command}: nothing written in the chosen folder"
    written = [str(p.relative_to(home)) for p in home.rglob("*")]
    assert written == [], f"{command} wrote into the home folder: {written}"
    os.environ.pop("PEERREADY_DATA_DIR", None)
