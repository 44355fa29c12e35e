extension KubectlHelp {
    static let debug = """
        Start a debugging container for a pod or a node.

        For a pod, kubectl adds an ephemeral container to it (the pod keeps running, and the new
        container can share the process namespace of another with --target), or with --copy-to
        creates a changed copy of the pod. For node/NAME, it creates a pod on that node that uses
        the node's network, process and IPC namespaces, with the node's root file system at
        /host. With -i kubectl waits for the container to start and attaches to it; with -it
        its shell opens at the prompt, and exit ends the session.

        Examples:
          kubectl debug -it web --image=busybox --target=nginx
          kubectl debug web --image=busybox -c probe -- sleep 3600
          kubectl debug web -it --copy-to=web-debug --image=busybox --share-processes
          kubectl debug web --copy-to=web-old --set-image=*=nginx:1.27
          kubectl debug node/tk8s-worker1 -it --image=busybox

        Options:
              --image=IMAGE         The image of the debug container
          -c, --container=NAME      The debug container's name (default debugger-xxxxx)
              --target=CONTAINER    Share the process namespace of this container of the pod
          -i, --stdin               Keep the container's stdin open and attach to it
          -t, --tty                 Give the container a terminal (with -i)
              --attach              Attach even without -i (or --attach=false not to)
          -q, --quiet               Print no informational lines
              --env=K=V,...         Environment variables for the container
              --image-pull-policy=POLICY  Always, IfNotPresent or Never
              --arguments-only      Pass the words after -- as arguments, not the command
              --profile=NAME        legacy (default), general, baseline, restricted, netadmin or sysadmin
              --custom=FILE         A partial container spec (JSON or YAML) merged in after the profile
              --copy-to=NAME        Create a copy of the pod with this name instead
              --set-image=C=IMAGE,...  With --copy-to: change container images (* for all)
              --share-processes     With --copy-to: share one process namespace (default true)
              --same-node           With --copy-to: run the copy on the pod's node
              --replace             With --copy-to: delete the original pod
              --keep-labels, --keep-annotations, --keep-liveness, --keep-readiness, --keep-startup,
              --keep-init-containers  With --copy-to and a profile other than legacy: keep these

        Usage:
          kubectl debug (POD | TYPE[[.VERSION].GROUP]/NAME) [ -- COMMAND [args...] ] [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
