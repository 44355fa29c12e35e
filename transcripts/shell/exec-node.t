`exec` in a shell opened in a node container (`podman exec -it NODE bash`) replaces that shell:
when the program ends, the shell is gone without saying `exit`, and `podman exec` returns the
program's status to the host's prompt.
  $ sudo podman exec -it tk8s-control-plane bash
  $ exec ls /nosuch
  ls: cannot access '/nosuch': No such file or directory
  $ echo $?
  2
