extension KubectlHelp {
    static let configPages: [String: HelpPage] = [
        "config view": HelpPage(
            summary: "Show the kubeconfig: clusters, users and contexts. Certificates and keys are shown as DATA+OMITTED unless --raw.",
            examples: [
                ("The whole kubeconfig", "kubectl config view"),
                ("Only what the current context uses", "kubectl config view --minify"),
            ],
            options: [
                .init(flag: "--minify=false", text: "Only the current context and what it refers to."),
                .init(flag: "-o, --output=''", text: "yaml (the default), json or jsonpath=..."),
                .init(flag: "--raw=false", text: "Show certificates and keys as they are."),
            ],
            usage: "kubectl config view [flags] [options]"),
        "config get-contexts": HelpPage(
            summary: "List the contexts of the kubeconfig; the current one is marked with *.",
            examples: [("Every context", "kubectl config get-contexts")],
            options: [
                .init(flag: "--no-headers=false", text: "Leave out the header line."),
                .init(flag: "-o, --output=''", text: "name: print only the context names."),
            ],
            usage: "kubectl config get-contexts [(-o|--output=)name)] [options]"),
        "config current-context": HelpPage(
            summary: "Print the name of the current context.",
            examples: [("Which context kubectl uses", "kubectl config current-context")],
            usage: "kubectl config current-context [flags] [options]"),
        "config use-context": HelpPage(
            summary: "Make a context the current one.",
            aliases: ["use-context", "use"],
            examples: [("Use the context kubernetes-admin@tk8s", "kubectl config use-context kubernetes-admin@tk8s")],
            usage: "kubectl config use-context CONTEXT_NAME [options]"),
        "config get-clusters": HelpPage(
            summary: "List the names of the clusters the kubeconfig knows.",
            examples: [("Every cluster", "kubectl config get-clusters")],
            usage: "kubectl config get-clusters [flags] [options]"),
        "config get-users": HelpPage(
            summary: "List the names of the users the kubeconfig knows.",
            examples: [("Every user", "kubectl config get-users")],
            usage: "kubectl config get-users [flags] [options]"),
        "config set-context": HelpPage(
            summary: "Create or change a context of the kubeconfig; --current changes the current one.",
            examples: [("Work in the namespace cute from now on", "kubectl config set-context --current --namespace=cute")],
            options: [
                .init(flag: "--cluster=''", text: "The context's cluster."),
                .init(flag: "--current=false", text: "Change the current context."),
                .init(flag: "--namespace=''", text: "The context's default namespace."),
                .init(flag: "--user=''", text: "The context's user."),
            ],
            usage: "kubectl config set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace] [options]"),
        "config set-credentials": HelpPage(
            summary: "Add a user to the kubeconfig, or change the fields given of one that is there.",
            examples: [
                ("A user that authenticates with the token of the service account robot", "kubectl config set-credentials robot --token=$(kubectl create token robot)"),
                ("A user with a certificate the cluster issued, certificate and key kept in the kubeconfig", "kubectl config set-credentials jane --client-certificate=jane.crt --client-key=jane.key --embed-certs"),
                ("A user whose credentials a program prints, called with two arguments", "kubectl config set-credentials cloud --exec-command=get-token --exec-api-version=client.authentication.k8s.io/v1 --exec-arg=--region,eu"),
                ("Drop one setting of the user's auth provider", "kubectl config set-credentials sso --auth-provider-arg=client-secret-"),
            ],
            options: [
                .init(flag: "--auth-provider=''", text: "The name of the user's auth provider; another name starts its settings afresh."),
                .init(flag: "--auth-provider-arg=[]", text: "Settings of the auth provider as key=value, or key- to remove one."),
                .init(flag: "--client-certificate=''", text: "The file of the user's client certificate."),
                .init(flag: "--client-key=''", text: "The file of the certificate's private key."),
                .init(flag: "--embed-certs=false", text: "Keep the certificate and key files' contents in the kubeconfig."),
                .init(flag: "--exec-api-version=''", text: "The client.authentication.k8s.io version the credential program speaks."),
                .init(flag: "--exec-arg=[]", text: "The credential program's arguments, replacing those it had."),
                .init(flag: "--exec-command=''", text: "The program that prints the user's credentials."),
                .init(flag: "--exec-env=[]", text: "Environment of the credential program as key=value, or key- to remove one."),
                .init(flag: "--exec-interactive-mode=''", text: "Whether the credential program may ask on the terminal: IfAvailable, Never or Always."),
                .init(flag: "--exec-provide-cluster-info=false", text: "Pass the cluster's details to the credential program."),
                .init(flag: "--password=''", text: "The password of basic authentication."),
                .init(flag: "--token=''", text: "The bearer token the user sends."),
                .init(flag: "--username=''", text: "The user name of basic authentication."),
            ],
            usage: "kubectl config set-credentials NAME [--client-certificate=path/to/certfile] [--client-key=path/to/keyfile] [--token=bearer_token] [--username=basic_user] [--password=basic_password] [--auth-provider=provider_name] [--auth-provider-arg=key=value] [--exec-command=exec_command] [--exec-api-version=exec_api_version] [--exec-arg=arg] [--exec-env=key=value] [options]"),
        "config set-cluster": HelpPage(
            summary: "Add a cluster to the kubeconfig, or change the fields given of one that is there.",
            examples: [("The lab's API server under another name", "kubectl config set-cluster lab --server=https://172.22.0.1:6443")],
            options: [
                .init(flag: "--insecure-skip-tls-verify=false", text: "Do not check the server's certificate."),
                .init(flag: "--server=''", text: "The URL of the cluster's API server."),
            ],
            usage: "kubectl config set-cluster NAME [--server=server] [--certificate-authority=path/to/certificate/authority] [--insecure-skip-tls-verify=true] [--tls-server-name=example.com] [options]"),
        "config set": HelpPage(
            summary: """
                Set one value of the kubeconfig. PROPERTY_NAME is a path of field names and entry names
                joined by dots (clusters.NAME.server, contexts.NAME.namespace, current-context); an entry
                that is not there yet is created. Data fields such as certificate-authority-data take
                base64 text, or the bytes as given with --set-raw-bytes.
                """,
            examples: [
                ("Point the cluster tk8s at another address", "kubectl config set clusters.tk8s.server https://172.22.0.2:6443"),
                ("Give the context robot a default namespace", "kubectl config set contexts.robot.namespace kube-system"),
                ("Switch to another context", "kubectl config set current-context robot"),
            ],
            options: [.init(flag: "--set-raw-bytes=false", text: "Store the value of a data field as it is instead of decoding base64.")],
            usage: "kubectl config set PROPERTY_NAME PROPERTY_VALUE [options]"),
        "config unset": HelpPage(
            summary: "Clear one value of the kubeconfig, or remove an entry. PROPERTY_NAME is a path as for config set.",
            examples: [
                ("Go back to the default namespace in the context robot", "kubectl config unset contexts.robot.namespace"),
                ("Remove the user robot", "kubectl config unset users.robot"),
            ],
            usage: "kubectl config unset PROPERTY_NAME [options]"),
        "config delete-context": HelpPage(
            summary: "Remove a context from the kubeconfig.",
            examples: [("Remove the context robot", "kubectl config delete-context robot")],
            usage: "kubectl config delete-context NAME [options]"),
        "config delete-user": HelpPage(
            summary: "Remove a user from the kubeconfig.",
            examples: [("Remove the user robot", "kubectl config delete-user robot")],
            usage: "kubectl config delete-user NAME [options]"),
        "config delete-cluster": HelpPage(
            summary: "Remove a cluster from the kubeconfig.",
            examples: [("Remove the cluster lab", "kubectl config delete-cluster lab")],
            usage: "kubectl config delete-cluster NAME [options]"),
        "config rename-context": HelpPage(
            summary: "Give a context another name; if it is the current context, it stays current.",
            examples: [("Call the admin context admin", "kubectl config rename-context kubernetes-admin@tk8s admin")],
            usage: "kubectl config rename-context CONTEXT_NAME NEW_NAME [options]"),
    ]

    static let otherPages: [String: HelpPage] = [
        "cluster-info dump": HelpPage(
            summary: """
                Print what helps debug the cluster: its nodes and, for kube-system and the current namespace (or those \
                asked for), the events, replication controllers, services, daemon sets, deployments, replica sets and \
                pods, then every container's log. With --output-directory each list is a file of its own instead.
                """,
            examples: [
                ("Everything, to the terminal", "kubectl cluster-info dump"),
                ("Two namespaces, as files under a directory", "kubectl cluster-info dump --namespaces default,kube-system --output-directory=/tmp/state"),
            ],
            options: [
                .init(flag: "-A, --all-namespaces=false", text: "Dump every namespace; --namespaces is then ignored."),
                .init(flag: "--namespaces=[]", text: "The namespaces to dump, separated by commas."),
                .init(flag: "-o, --output='json'", text: "json (the default), yaml, jsonpath=... or go-template=..."),
                .init(flag: "--output-directory=''", text: "Write files under this directory; empty or - prints to the terminal."),
            ],
            usage: "kubectl cluster-info dump [flags] [options]"),
        "auth can-i": HelpPage(
            summary: "Ask whether you may do something: prints yes or no, and exits 0 or 1.",
            examples: [
                ("May I create pods in the current namespace?", "kubectl auth can-i create pods"),
                ("May the service account default:robot list secrets?", "kubectl auth can-i list secrets --as=system:serviceaccount:default:robot"),
            ],
            options: [
                .init(flag: "-A, --all-namespaces=false", text: "Ask about every namespace."),
                .init(flag: "--list=false", text: "List everything you may do."),
                .init(flag: "-q, --quiet=false", text: "Print nothing; only the exit code answers."),
            ],
            usage: "kubectl auth can-i VERB [TYPE | TYPE/NAME | NONRESOURCEURL] [options]"),
        "auth whoami": HelpPage(
            summary: "Show who the API server takes you to be: your user name, groups and extra attributes, from a SelfSubjectReview.",
            examples: [
                ("Who am I?", "kubectl auth whoami"),
                ("The SelfSubjectReview the server answered with", "kubectl auth whoami -o yaml"),
            ],
            options: [
                .init(flag: "--allow-missing-template-keys=true", text: "With a template, print nothing for a missing key instead of failing."),
                .init(flag: "-o, --output=''", text: "yaml, json, name, jsonpath=... or go-template=... instead of the table."),
                .init(flag: "--show-managed-fields=false", text: "With yaml or json, keep metadata.managedFields."),
                .init(flag: "--template=''", text: "The template for -o go-template or jsonpath."),
            ],
            usage: "kubectl auth whoami [options]"),
        "auth reconcile": HelpPage(
            summary: """
                Create or extend Roles, ClusterRoles and their bindings from manifests. Rules and subjects \
                that are missing are added and those already granted are kept, unlike apply, which would \
                replace the whole list; objects of other kinds are skipped. An object annotated \
                rbac.authorization.kubernetes.io/autoupdate: "false" is left alone, and a binding whose \
                roleRef differs is deleted and created again.
                """,
            examples: [("Bring the cluster's RBAC in line with a file", "kubectl auth reconcile -f rbac.yaml")],
            options: [
                .init(flag: "--allow-missing-template-keys=true", text: "With a template, print nothing for a missing key instead of failing."),
                .init(flag: "--dry-run='none'", text: "client: work out and report the changes without writing anything."),
                .init(flag: "-f, --filename=[]", text: "Manifest files or directories to read RBAC objects from ('-' for stdin)."),
                .init(flag: "-k, --kustomize=''", text: "A kustomization directory whose built objects are used instead."),
                .init(flag: "-o, --output=''", text: "yaml, json, name, jsonpath=... or go-template=... instead of the line."),
                .init(flag: "-R, --recursive=false", text: "Also read the directories under a -f directory."),
                .init(flag: "--remove-extra-permissions=false", text: "Drop rules a stored role has beyond the manifest's."),
                .init(flag: "--remove-extra-subjects=false", text: "Drop subjects a stored binding has beyond the manifest's."),
                .init(flag: "--show-managed-fields=false", text: "With yaml or json, keep metadata.managedFields."),
                .init(flag: "--template=''", text: "The template for -o go-template or jsonpath."),
            ],
            usage: "kubectl auth reconcile -f FILENAME [options]"),
        "top node": HelpPage(
            summary: "Show the CPU and memory use of nodes, and their share of what each node can give pods.",
            aliases: ["node", "nodes", "no"],
            examples: [("Every node", "kubectl top node"), ("One node", "kubectl top node tk8s-worker1")],
            options: [
                .init(flag: "--no-headers=false", text: "Leave out the header line."),
                .init(flag: "-l, --selector=''", text: "Only nodes whose labels match."),
                .init(flag: "--show-capacity=false", text: "Compare with the node's capacity instead of its allocatable."),
                .init(flag: "--sort-by=''", text: "cpu or memory: biggest first."),
            ],
            usage: "kubectl top node [NAME | -l label] [options]"),
        "top pod": HelpPage(
            summary: "Show the CPU and memory use of pods, or of their containers. A new pod shows up once metrics-server has scraped it.",
            aliases: ["pod", "pods", "po"],
            examples: [
                ("Pods of the current namespace", "kubectl top pod"),
                ("Every container in kube-system, biggest memory first", "kubectl top pod -n kube-system --containers --sort-by=memory"),
            ],
            options: [
                .init(flag: "-A, --all-namespaces=false", text: "Pods of every namespace."),
                .init(flag: "--containers=false", text: "One line per container."),
                .init(flag: "--no-headers=false", text: "Leave out the header line."),
                .init(flag: "-l, --selector=''", text: "Only pods whose labels match."),
                .init(flag: "--sort-by=''", text: "cpu or memory: biggest first."),
                .init(flag: "--sum=false", text: "Add a line with the totals."),
            ],
            usage: "kubectl top pod [NAME | -l label] [options]"),
    ]
}
