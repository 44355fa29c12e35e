GNU programs answer `--help` with their synopsis and `--version` with their package's version:
the host runs Ubuntu 24.04 (coreutils 9.4, grep 3.11 with PCRE2), the kind nodes Debian 12
(coreutils 9.1, grep 3.8), as each system's /etc/os-release says. getopt's complaints keep their
wording and each program its exit status; `--` makes `--help` an operand.
  $ ls --version
  ls (GNU coreutils) 9.4
  Copyright (C) 2023 Free Software Foundation, Inc.
  License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
  This is free software: you are free to change and redistribute it.
  There is NO WARRANTY, to the extent permitted by law.
  
  Written by Richard M. Stallman and David MacKenzie.
  $ grep --version
  grep (GNU grep) 3.11
  Copyright (C) 2023 Free Software Foundation, Inc.
  License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
  This is free software: you are free to change and redistribute it.
  There is NO WARRANTY, to the extent permitted by law.
  
  Written by Mike Haertel and others; see
  <https://git.savannah.gnu.org/cgit/grep.git/tree/AUTHORS>.
  
  grep -P uses PCRE2 10.42 2022-12-11
  $ sed --version | head -3
  sed (GNU sed) 4.9
  Packaged by Debian
  Copyright (C) 2022 Free Software Foundation, Inc.
  $ head --help
  Usage: head [OPTION]... [FILE]...
  Print the first 10 lines of each FILE (or standard input).
  
    -n, --lines=[-]NUM    the first NUM lines (all but the last NUM with -)
    -c, --bytes=[-]NUM    bytes instead of lines
        --help            show this help and exit
        --version         show the version and exit
  
  GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
  Report any translation bugs to <https://translationproject.org/team/>
  Full documentation <https://www.gnu.org/software/coreutils/head>
  or available locally via: info '(coreutils) head invocation'
  $ ls --foo; echo $?
  ls: unrecognized option '--foo'
  Try 'ls --help' for more information.
  2
  $ sort --frobnicate; echo $?
  sort: unrecognized option '--frobnicate'
  Try 'sort --help' for more information.
  2
  $ rm --v
  rm: option '--v' is ambiguous; possibilities: '--verbose' '--version'
  Try 'rm --help' for more information.
  $ ls -- --help
  ls: cannot access '--help': No such file or directory
  $ cat /etc/os-release | head -1
  PRETTY_NAME="Ubuntu 24.04.2 LTS"
  $ sudo podman exec tk8s-worker2 ls --version
  ls (GNU coreutils) 9.1
  Copyright (C) 2022 Free Software Foundation, Inc.
  License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
  This is free software: you are free to change and redistribute it.
  There is NO WARRANTY, to the extent permitted by law.
  
  Written by Richard M. Stallman and David MacKenzie.
  $ sudo podman exec tk8s-worker2 grep -V
  grep (GNU grep) 3.8
  Copyright (C) 2022 Free Software Foundation, Inc.
  License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
  This is free software: you are free to change and redistribute it.
  There is NO WARRANTY, to the extent permitted by law.
  
  Written by Mike Haertel and others; see
  <https://git.sv.gnu.org/cgit/grep.git/tree/AUTHORS>.
  $ sudo podman exec tk8s-worker2 cat /etc/os-release | head -1
  PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
  $ diff --version | head -1; xargs --version | head -1
  diff (GNU diffutils) 3.10
  xargs (GNU findutils) 4.9.0
