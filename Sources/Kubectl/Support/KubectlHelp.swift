/// Help texts, written for this lab in our own words.
enum KubectlHelp {
    static let overview = """
        kubectl talks to the tk8s cluster's API server.

        Commands in this lab:
          get            List objects, or show the ones you name
          describe       Show the details and recent events of objects
          events         List the events of a namespace or of one object, oldest first
          run            Start a single pod from an image
          exec           Run a command inside a container of a pod
          logs           Print what a container of a pod has written
          attach         Attach to a process that is already running in a container
          debug          Add a debugging container to a pod, copy a pod, or debug a node
          delete         Remove objects by name or by label
          apply          Create or update the objects a manifest describes
          create         Create the objects a manifest describes, or one object from flags
          expose         Make a Service for the pods of a Deployment, ReplicaSet, pod or Service
          scale          Change how many replicas a Deployment or ReplicaSet keeps
          autoscale      Let a HorizontalPodAutoscaler choose the number of replicas
          set            Change the image, environment or resources of a pod template
          label          Add, change or remove labels
          annotate       Add, change or remove annotations
          patch          Change part of an object in place
          replace        Put the objects a manifest describes in place of the live ones
          diff           Show what applying a manifest would change
          edit           (no editor in the lab) shows how to make the change with apply or patch
          wait           Wait until objects meet a condition, or are gone
          rollout        Watch, list, undo or restart rollouts; pause or resume a Deployment's
          certificate    Approve or deny certificate signing requests
          cordon         Keep new pods off a node (uncordon lets them back)
          drain          Cordon a node, then evict its pods
          taint          Add or remove taints on nodes
          version        Show the versions of kubectl and of the cluster's API server
          config         Read or change the kubeconfig (contexts, the default namespace)
          cluster-info   Show where the control plane and its add-ons answer
          api-resources  List the kinds of object the cluster serves
          api-versions   List the API group/versions the cluster serves
          auth can-i     Ask whether you may do something
          explain        Show the documentation of a kind of object or of one of its fields
          top            Show the CPU and memory use of nodes or pods
          port-forward   Forward local ports to a pod
          cp             Copy files between the host and a container
          completion     Print a shell script that completes kubectl commands
          options        List the flags every command takes

        Flags every command takes:
          -n, --namespace=NAME   Work in this namespace instead of the context's

        Try 'kubectl <command> --help' to see what a command accepts.

        """

    static let get = """
        Show objects of one or more types.

        Examples:
          kubectl get pods                          # pods in the current namespace
          kubectl get all -n kube-system -l k8s-app=kube-dns
          kubectl get endpoints kube-dns -n kube-system
          kubectl get pods,svc -A -o wide
          kubectl get pods -A --sort-by=.spec.nodeName
          kubectl get nodes -o jsonpath='{range .items[*]}{.metadata.name}{"\\n"}{end}'
          kubectl get pods -w                       # then each change as it happens

        Options:
          -A, --all-namespaces     Look in every namespace
          -l, --selector=QUERY     Only objects whose labels match (a=b, a!=b, a in (x,y), !a)
              --field-selector=Q   Only objects whose fields match (metadata.name=x, status.phase!=Running)
          -o, --output=FORMAT      wide, name, json, yaml, jsonpath=..., jsonpath-as-json=..., jsonpath-file=FILE,
                                   custom-columns=HEADER:PATH,..., custom-columns-file=FILE,
                                   go-template=..., go-template-file=FILE (also template, templatefile)
              --template=TEXT      The template (or its file) for -o go-template or jsonpath; alone, a Go template
              --sort-by=PATH       Order by a field (a jsonpath such as .metadata.creationTimestamp)
          -L, --label-columns=KEY  Add a column with the value of this label (comma-separated or repeated)
              --show-labels        Add a LABELS column
              --show-kind          Put the kind before each name (automatic with several kinds)
              --no-headers         Leave out the header line
              --ignore-not-found   Say nothing about objects that do not exist
              --allow-missing-template-keys=false   Make a template key that is missing an error
          -w, --watch              After the list, print each change to the objects
              --watch-only         Print only the changes
              --output-watch-events  Add the kind of change (ADDED, MODIFIED, DELETED)
              --chunk-size=N       Accepted; the lab always answers in one piece

        In this lab a watch follows the lab's clock and stops once nothing has changed for a
        minute (or after --request-timeout), instead of waiting for Ctrl-C.

        Usage:
          kubectl get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """

    static let run = """
        Create a pod that runs one container from an image.

        Examples:
          kubectl run dnscmd --image=registry.k8s.io/e2e-test-images/agnhost:2.39
          kubectl run web --image=nginx --port=80 --labels=app=web
          kubectl run once --image=busybox --restart=Never -- sleep 3600
          kubectl run -it --rm box --image=busybox -- sh

        Options:
              --image=IMAGE        The container image (required)
              --port=PORT          The port the container listens on
          -l, --labels=K=V,...     Labels for the pod (default run=NAME)
              --env=K=V            An environment variable (repeatable)
              --restart=POLICY     Always (default; OnFailure with -i), OnFailure or Never
              --command            Treat the words after -- as the command, not its arguments
              --dry-run=client     Only show what would be created (with -o yaml or -o json)
          -i, --stdin              Keep the container's stdin open and attach to the pod once it runs
          -t, --tty                Give the container a terminal (with -i: its shell opens at the prompt)
              --rm                 Delete the pod when the attached session ends
              --pod-running-timeout=1m0s  How long to wait for the pod to run before attaching

        Usage:
          kubectl run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """

    static let exec = """
        Run a command inside a running container.

        Examples:
          kubectl exec dnscmd -- cat /etc/resolv.conf
          kubectl exec -n kube-system canal-rv6n7 -c calico-node -- hostname

        Options:
          -c, --container=NAME   Which container (default: the pod's first)

        Usage:
          kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...] [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """

    static let delete = """
        Delete objects by name, by label, or all of one type.

        A deleted pod first terminates gracefully; kubectl waits until it is gone.
        Pods that belong to a ReplicaSet come back under a new name.

        Examples:
          kubectl delete pod dnscmd
          kubectl delete deployment/web -n shop
          kubectl delete pods -l run=web

        Options:
              --all                Every object of the type in the namespace
          -l, --selector=QUERY     Objects whose labels match
              --grace-period=N     Seconds to wait before killing (0 with --force: at once)
              --force              Remove immediately
              --wait=false         Return without waiting for the objects to go

        Usage:
          kubectl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """

    static let apply = """
        Make the cluster match a manifest: objects that do not exist are created, the others
        are updated to what the file says.

        Examples:
          kubectl apply -f ~/tk/wulin/yaml/rc-crun.yaml
          cat <<EOF | kubectl apply -f -
          apiVersion: v1
          kind: Namespace
          metadata:
            name: cute
          EOF
          kubectl apply view-last-applied deploy/web   # what the last apply sent, kept on the object
          kubectl apply --server-side -f web.yaml      # the apiserver merges, and tracks who owns each field
          kubectl apply --prune -l app=web -f web/     # also delete app=web objects no longer in web/

        Options:
          -f, --filename=FILE      A YAML or JSON manifest; - reads standard input
          -k, --kustomize=DIR      A kustomization directory: apply the objects it builds
              --dry-run=client     Only show what would be done
              --server-side        Let the apiserver merge the manifest (server-side apply)
              --field-manager=NAME The owner the apiserver records for the fields set (default kubectl)
              --force-conflicts    With --server-side: take over fields other managers own
              --prune              Delete objects an earlier apply wrote that the manifests no longer name
                                   (with -l QUERY, or --all)
              --prune-allowlist=GROUP/VERSION/KIND
                                   The kinds --prune looks at (core/v1/ConfigMap); default: the common ones

        Usage:
          kubectl apply (-f FILENAME | -k DIRECTORY) [options]

        Use "kubectl apply <command> --help" for more information about a given command.
        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """

    static let create = """
        Create the objects a manifest describes; an object that exists already is an error.
        With a kind, build one object from flags instead (--dry-run=client -o yaml shows it
        without creating it, a good start for a manifest).

        Examples:
          kubectl create -f pod.yaml
          kubectl create deployment web --image=nginx:1.27 --replicas=3 --port=80
          kubectl create service clusterip web --tcp=80:8080
          kubectl create configmap web-cfg --from-literal=color=blue --from-file=app.conf
          kubectl create secret generic db-pass --from-literal=password=s3cr3t
          kubectl create job pi --image=busybox -- sleep 20
          kubectl create cronjob backup --image=busybox --schedule='*/5 * * * *' -- date
          kubectl create role pod-reader --verb=get,list --resource=pods
          kubectl create rolebinding read-pods --role=pod-reader --serviceaccount=default:robot

        Kinds:
          deployment, job, cronjob, namespace, configmap (cm), secret (generic, tls, docker-registry),
          service (clusterip, nodeport, loadbalancer, externalname), serviceaccount (sa), token,
          ingress (ing), quota, poddisruptionbudget (pdb), priorityclass (pc), role, clusterrole, rolebinding,
          clusterrolebinding

        Options:
          -f, --filename=FILE      A YAML or JSON manifest; - reads standard input
          -k, --kustomize=DIR      A kustomization directory: create the objects it builds
              --dry-run=client     Only print what would be created; with -o yaml, as a manifest
              --image=IMAGE        (deployment, job, cronjob) The image of a container; repeat for more containers
          -r, --replicas=N         (deployment) How many pods to keep (1 unless given)
              --port=N             (deployment) The port the first container listens on
              --from=cronjob/NAME  (job) Start a Job now from a CronJob's job template
              --schedule=SPEC      (cronjob) When to run, in five cron fields or a macro such as @hourly
              --restart=POLICY     (cronjob) OnFailure (the default) or Never

        Usage:
          kubectl create -f FILENAME [options]

        Use "kubectl create <command> --help" for more information about a given command.
        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """

    static let scale = """
        Set how many replicas a Deployment, ReplicaSet or StatefulSet should keep.
        Scaling a Deployment to 0 stops all its pods but keeps the Deployment and its ReplicaSets.

        Examples:
          kubectl scale deployment web --replicas=5
          kubectl scale deploy/web --replicas=0

        Options:
              --replicas=N            The new number of replicas (required)
              --current-replicas=N    Only scale when the count is N now
          -f, --filename=[]           Files, directories or - (standard input) holding the manifests
          -k, --kustomize=''          A kustomization directory whose built objects are used instead
          -R, --recursive=false       Read the directories given with -f and those below them

        Usage:
          kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """

    static let set = """
        Change fields of existing objects.

         Each subcommand changes one thing: a pod template's containers or service account, a Service's selector, a binding's subjects.

        Available Commands:
          env              Set, remove or list environment variables of a pod template's containers
          image            Give containers of a pod template a new image
          resources        Set the CPU and memory requests and limits of a pod template's containers
          selector         Replace the selector of a Service
          serviceaccount   Run a pod template's pods as another service account
          subject          Add users, groups or service accounts to a RoleBinding or ClusterRoleBinding

        Usage:
          kubectl set SUBCOMMAND [options]

        Use "kubectl set <command> --help" for more information about a given command.
        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """

    static let rollout = """
        Work with the rollouts of a Deployment, DaemonSet or StatefulSet: each change of its pod
        template is a new revision. Only a Deployment can be paused.

        Commands:
          status      Follow a rollout until it has finished
          history     List the revisions that are kept
          undo        Go back to the previous revision, or to --to-revision=N
          restart     Replace every pod, one step at a time
          pause       Stop rolling out template changes until resumed
          resume      Roll out again what changed while paused

        Examples:
          kubectl rollout status deployment/web
          kubectl rollout history deploy web
          kubectl rollout undo deployment/web --to-revision=1
          kubectl -n kube-system rollout status daemonset/kube-proxy

        Options:
              --to-revision=N     (undo) The revision to go back to; 0 means the one before
              --timeout=DURATION  (status) Give up after this long, such as 2m
          -w, --watch=false       (status) Print the status once instead of following it
          -f, --filename=[]       Files, directories or - (standard input) holding the manifests
          -k, --kustomize=''      A kustomization directory whose built objects are used instead
          -R, --recursive=false   Read the directories given with -f and those below them

        Usage:
          kubectl rollout SUBCOMMAND [options]

        Use "kubectl rollout <command> --help" for more information about a given command.
        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """

    static let cordon = """
        Mark a node as unschedulable: the scheduler places no new pods there, while the pods
        already on it keep running.

        Examples:
          kubectl cordon tk8s-worker1

        Usage:
          kubectl cordon NODE [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """

    static let uncordon = """
        Mark a node as schedulable again, so that new pods may be placed on it.

        Examples:
          kubectl uncordon tk8s-worker1

        Usage:
          kubectl uncordon NODE [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """

    static let drain = """
        Prepare a node for maintenance: cordon it, then evict its pods and wait until they are gone.
        Pods owned by a controller come back elsewhere. DaemonSet pods, pods with emptyDir volumes
        and pods without a controller stop the drain unless a flag allows them.

        Examples:
          kubectl drain tk8s-worker1 --ignore-daemonsets
          kubectl drain tk8s-worker1 --ignore-daemonsets --delete-emptydir-data --force

        Options:
              --ignore-daemonsets=false      Leave DaemonSet pods in place instead of refusing
              --delete-emptydir-data=false   Evict pods with emptyDir volumes (their data is lost)
              --force=false                  Also delete pods that no controller will recreate
              --grace-period=-1              Seconds each pod gets to stop; negative: its own setting
              --pod-selector=''              Only pods with these labels
              --disable-eviction=false       Delete pods instead of evicting them
              --dry-run='none'               Only print what would happen: client or server

        Usage:
          kubectl drain NODE [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """

    static let taint = """
        Add, change or remove taints on nodes. A pod is kept off a tainted node unless it tolerates
        the taint; a NoExecute taint also evicts pods already there that do not tolerate it.

        A taint is KEY[=VALUE]:EFFECT, with EFFECT one of NoSchedule, PreferNoSchedule, NoExecute.
        A trailing '-' removes a taint: KEY:EFFECT- removes one, KEY- every taint with that key.

        Examples:
          kubectl taint nodes tk8s-worker1 dedicated=gpu:NoSchedule
          kubectl taint nodes tk8s-worker1 dedicated:NoSchedule-
          kubectl taint nodes --all dedicated-

        Options:
              --overwrite=false   Replace a taint with the same key and effect
              --all=false         Every node
          -l, --selector=''       Nodes with these labels

        Usage:
          kubectl taint NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N=VAL_N:TAINT_EFFECT_N [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """

    static let label = """
        Add, change or remove labels on objects. A label already set keeps its value unless
        --overwrite is given; a trailing '-' removes a label. Controllers find their pods by labels:
        change a pod's labels so its ReplicaSet's selector no longer matches and the ReplicaSet lets
        the pod go and makes another.

        Examples:
          kubectl label pods web-7c5d8f9b6-abcde tier=frontend
          kubectl label pod web-7c5d8f9b6-abcde app=debug --overwrite
          kubectl label deployment web tier-

        Options:
              --overwrite=false   Allow labels that are already set to change value
              --dry-run='none'    Only print what would happen: client or server
          -f, --filename=[]       Files, directories or - (standard input) holding the manifests
          -k, --kustomize=''      A kustomization directory whose built objects are used instead
          -R, --recursive=false   Read the directories given with -f and those below them

        Usage:
          kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
