extension KubectlHelp {
    static let expose = """
        Make a Service for the pods of an object: a Deployment, ReplicaSet, ReplicationController,
        pod or Service. The Service selects the same pods the object selects (a pod by its own
        labels), listens on the object's container ports unless --port is given, and sends traffic
        to --target-port (the same port unless given).

        Examples:
          kubectl expose deployment web --port=80 --target-port=8080
          kubectl expose deploy web --port=80 --type=NodePort --name=web-np
          kubectl expose pod goweb --port=8080

        Options:
              --port=N              The port the Service listens on
              --target-port=N|NAME  The container port traffic goes to
              --name=NAME           The Service's name (the object's name unless given)
              --type=TYPE           ClusterIP (default), NodePort, LoadBalancer or ExternalName
              --protocol=PROTO      TCP, UDP or SCTP
              --selector=K=V,...    Select these labels instead of the object's selector
              --cluster-ip=None     Make a headless Service
              --dry-run=client      Only print the Service; with -o yaml, as a manifest
          -f, --filename=[]         Files, directories or - (standard input) holding the manifests
          -k, --kustomize=''        A kustomization directory whose built objects are used instead
          -R, --recursive=false     Read the directories given with -f and those below them

        Usage:
          kubectl expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type] [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}

extension KubectlHelp {
    static let annotate = """
        Add, change or remove annotations: notes on an object that tools and people read, which,
        unlike labels, nothing selects by. An annotation already set keeps its value unless
        --overwrite is given; a trailing '-' removes one.

        Examples:
          kubectl annotate deployment web owner=team-a
          kubectl annotate deployment web owner=team-b --overwrite
          kubectl annotate pods --all reviewed=yes
          kubectl annotate deployment web owner-

        Options:
              --overwrite=false   Allow annotations that are already set to change value
              --all               Every object of the type in the namespace
          -l, --selector=QUERY    The objects whose labels match
              --list              Show the annotations instead of changing them
              --dry-run='none'    Only print what would happen: client or server
          -f, --filename=[]       Files, directories or - (standard input) holding the manifests
          -k, --kustomize=''      A kustomization directory whose built objects are used instead
          -R, --recursive=false   Read the directories given with -f and those below them

        Usage:
          kubectl annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}

extension KubectlHelp {
    static let patch = """
        Change part of an object in place. The patch is JSON or YAML; by default it is a strategic
        merge patch: maps merge, and lists such as containers (by name), container ports (by
        containerPort) and env (by name) merge item by item. --type merge replaces lists whole;
        --type json takes a list of operations on paths.

        Examples:
          kubectl patch deployment web -p '{"spec":{"replicas":3}}'
          kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.28"}]}}}}'
          kubectl patch service web --type merge -p '{"spec":{"type":"NodePort"}}'
          kubectl patch deployment web --type json -p '[{"op":"replace","path":"/spec/replicas","value":1}]'

        Options:
          -p, --patch=PATCH        The patch
              --patch-file=FILE    Read the patch from a file
              --type=TYPE          strategic (default), merge or json
              --dry-run='none'     Only print what would happen: client or server
          -f, --filename=[]        Files, directories or - (standard input) holding the manifests
          -k, --kustomize=''       A kustomization directory whose built objects are used instead
          -R, --recursive=false    Read the directories given with -f and those below them

        Usage:
          kubectl patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}

extension KubectlHelp {
    static let autoscale = """
        Create a HorizontalPodAutoscaler that keeps a Deployment, ReplicaSet, StatefulSet or
        ReplicationController between --min and --max replicas, aiming at an average CPU use
        (percent of the pods' CPU requests; 80 unless --cpu-percent is given).

        Examples:
          kubectl autoscale deployment web --min=2 --max=10 --cpu-percent=50
          kubectl autoscale deploy/web --max=5

        Options:
              --max=N             The most replicas the autoscaler may set (required)
              --min=N             The fewest replicas (1 unless given)
              --cpu-percent=N     The target average CPU use
              --name=NAME         The autoscaler's name (the object's name unless given)
              --dry-run=client    Only print the autoscaler; with -o yaml, as a manifest
          -f, --filename=[]       Files, directories or - (standard input) holding the manifests
          -k, --kustomize=''      A kustomization directory whose built objects are used instead
          -R, --recursive=false   Read the directories given with -f and those below them

        Usage:
          kubectl autoscale (-f FILENAME | TYPE NAME | TYPE/NAME) [--min=MINPODS] --max=MAXPODS [--cpu-percent=CPU] [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}

extension KubectlHelp {
    static let wait = """
        Wait until objects meet a condition, then print '<kind>/<name> condition met'. In the lab
        the clock moves on while kubectl waits, so pods start, jobs finish and objects go away.

        Examples:
          kubectl wait --for=condition=Ready pod/web-0
          kubectl wait --for=condition=Available deployment/web --timeout=2m
          kubectl wait --for=delete pod/dnscmd --timeout=60s
          kubectl wait --for=jsonpath='{.status.phase}'=Running pod/goweb
          kubectl wait --for=condition=Complete job/pi --timeout=5m

        Options:
              --for=CONDITION     delete, create, condition=NAME[=VALUE] or jsonpath='{PATH}'[=VALUE]
              --timeout=DURATION  How long to wait (30s unless given; 0 checks once)
              --all               Every object of the type in the namespace
          -l, --selector=QUERY    The objects whose labels match

        Usage:
          kubectl wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]] [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}

extension KubectlHelp {
    static let edit = """
        Edit an object in a text editor and save it back. This lab has no editor: kubectl edit
        explains how to make the same change with 'kubectl get -o yaml', a heredoc and
        'kubectl apply -f', or with 'kubectl patch' and the 'kubectl set' commands.

        Options:
          -f, --filename=[]       Files, directories or - (standard input) holding the manifests
          -k, --kustomize=''      A kustomization directory whose built objects are used instead
          -R, --recursive=false   Read the directories given with -f and those below them

        Usage:
          kubectl edit (RESOURCE/NAME | -f FILENAME) [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
