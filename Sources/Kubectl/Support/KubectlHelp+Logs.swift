extension KubectlHelp {
    static let logs = """
        Print what a container of a pod has written to its output.

        A pod with one container needs no container name; otherwise the first container (or the
        one the pod's kubectl.kubernetes.io/default-container annotation names) is used unless
        -c says which. With a Deployment, ReplicaSet, StatefulSet, DaemonSet, Job or Service,
        one of its pods is picked. In this lab -f follows the log for at most one minute of the
        lab's clock, or until the container stops, then returns.

        Examples:
          kubectl logs -n kube-system coredns-668d6bf9bc-2xvcn
          kubectl logs web -c sidecar --tail=20 --timestamps
          kubectl logs deploy/web --since=10m
          kubectl logs crashy --previous
          kubectl logs -l app=web --all-containers --prefix

        Options:
          -c, --container=NAME     Which container
              --all-containers     Every container of the pod(s)
          -p, --previous           The run before the current one (after a restart)
          -f, --follow             Keep printing new lines as they come
              --tail=N             Only the last N lines (10 by default with -l)
              --since=DURATION     Only lines newer than this (5s, 2m, 3h)
              --since-time=TIME    Only lines after this RFC 3339 time
              --timestamps         Start each line with the time it was written
              --prefix             Start each line with [pod/NAME/CONTAINER]
          -l, --selector=QUERY     The pods whose labels match

        Usage:
          kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """

    static let attach = """
        Attach your terminal to the main process of a running container.

        A container started with stdin and a terminal (kubectl run -it) that runs a shell gives
        you that shell with -it; exiting it ends the container's process. Any other process has
        what it prints from now on shown (in this lab for at most one minute of the lab's
        clock, or until it stops); what it printed before is in kubectl logs.

        Examples:
          kubectl attach shell -c shell -i -t
          kubectl attach web

        Options:
          -c, --container=NAME     Which container (default: the pod's default container)
          -i, --stdin              Pass your input to the container
          -t, --tty                Your input is a terminal
          -q, --quiet              Print only what the remote session prints
              --pod-running-timeout=DURATION
                                   How long to wait for the pod to run (1m0s)

        Usage:
          kubectl attach (POD | TYPE/NAME) -c CONTAINER [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
