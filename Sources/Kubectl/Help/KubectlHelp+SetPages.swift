extension KubectlHelp {
    /// The help of the `kubectl set` subcommands.
    static let setPages: [String: HelpPage] = [
        "set image": HelpPage(
            summary: "Change the image of containers in a pod template (or a pod), which starts a rollout for a workload.",
            examples: [
                ("The container nginx of the Deployment web", "kubectl set image deployment/web nginx=nginx:1.27"),
                ("Every container", "kubectl set image deployment/web *=nginx:1.27"),
            ],
            options: [
                .init(flag: "--all=false", text: "Every object of the type in the namespace."),
                filenameOption, kustomizeOption,
                .init(flag: "-o, --output=''", text: "Print the changed object: json, yaml, name..."),
                recursiveOption, selector,
            ],
            usage: "kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]"),
        "set env": HelpPage(
            summary: "Add, change or remove environment variables of containers in a pod template.",
            examples: [
                ("Set MODE on every container", "kubectl set env deployment/web MODE=prod"),
                ("Remove it again", "kubectl set env deployment/web MODE-"),
                ("List the variables", "kubectl set env deployment/web --list"),
            ],
            options: [
                .init(flag: "-c, --containers='*'", text: "Only the containers whose names match."),
                filenameOption,
                .init(flag: "--from=''", text: "Take the variables from a ConfigMap or Secret, as TYPE/NAME."),
                kustomizeOption,
                .init(flag: "--list=false", text: "Print the variables instead of changing them."),
                recursiveOption,
            ],
            usage: "kubectl set env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N [options]"),
        "set resources": HelpPage(
            summary: "Change the CPU and memory requests and limits of containers in a pod template.",
            examples: [(
                "Request a tenth of a CPU, allow at most 128Mi", "kubectl set resources deployment/web --requests=cpu=100m --limits=memory=128Mi"
            )],
            options: [
                .init(flag: "-c, --containers='*'", text: "Only the containers whose names match."),
                filenameOption, kustomizeOption,
                .init(flag: "--limits=''", text: "Limits, as RESOURCE=QUANTITY pairs."),
                recursiveOption,
                .init(flag: "--requests=''", text: "Requests, as RESOURCE=QUANTITY pairs."),
            ],
            usage: "kubectl set resources (-f FILENAME | TYPE NAME)  ([--limits=LIMITS & --requests=REQUESTS] [options]"),
            "set selector": HelpPage(
            summary: """
                Replace the selector of a Service with the label requirements given, dropping whatever selector it had. \
                Only equality requirements (key=value) can be set; with --resource-version the change is made only if the \
                object still has that version.
                """,
            examples: [(
                "Build a Service whose selector is environment=qa and create it",
                "kubectl create service clusterip my-svc --clusterip=\"None\" -o yaml --dry-run=client | kubectl set selector --local -f - 'environment=qa' -o yaml | kubectl create -f -"
            )],
            options: [
                .init(flag: "--all=false", text: "Every object of the type in the namespace."),
                .init(flag: "-f, --filename=[]", text: "Files, directories or - (standard input) holding the manifests."),
                .init(flag: "--local=false", text: "Change the manifests given with -f only; nothing is sent to the server."),
                .init(flag: "-o, --output=''", text: "Print the changed object: json, yaml, name..."),
                .init(flag: "-R, --recursive=true", text: "Read the directories given with -f and those below them."),
                .init(flag: "--resource-version=''", text: "Change the object only while this is its resource version."),
            ],
            usage: "kubectl set selector (-f FILENAME | TYPE NAME) EXPRESSIONS [--resource-version=version] [options]"),
        "set serviceaccount": HelpPage(
            summary: """
                Change the service account the pods of a pod template (or a pod) run as; for a workload this starts a \
                rollout.
                """,
            aliases: ["serviceaccount", "sa"],
            examples: [
                ("Run the pods of the Deployment web as the account builder", "kubectl set serviceaccount deployment web builder"),
                ("Show the change to a manifest without sending it", "kubectl set sa -f web.yaml builder --local --dry-run=client -o yaml"),
            ],
            options: [
                .init(flag: "--all=false", text: "Every object of the type in the namespace."),
                filenameOption, kustomizeOption,
                .init(flag: "--local=false", text: "Change the manifests given with -f or -k only; nothing is sent to the server."),
                .init(flag: "-o, --output=''", text: "Print the changed object: json, yaml, name..."),
                recursiveOption,
            ],
            usage: "kubectl set serviceaccount (-f FILENAME | TYPE NAME) SERVICE_ACCOUNT [options]"),
        "set subject": HelpPage(
            summary: "Add users, groups or service accounts to the subjects of a RoleBinding or ClusterRoleBinding.",
            examples: [
                ("Bind the account builder of the namespace ci", "kubectl set subject clusterrolebinding view-all --serviceaccount=ci:builder"),
                ("Bind two users and a group", "kubectl set subject rolebinding web-edit --user=ann --user=ben --group=devs"),
                (
                    "Add a subject to a binding built on the client",
                    "kubectl create rolebinding web-edit --role=edit --user=ann -o yaml --dry-run=client | kubectl set subject --local -f - --user=ben -o yaml"
                ),
            ],
            options: [
                .init(flag: "--all=false", text: "Every object of the type in the namespace."),
                filenameOption,
                .init(flag: "--group=[]", text: "Groups to add."),
                kustomizeOption,
                .init(flag: "--local=false", text: "Change the manifests given with -f or -k only; nothing is sent to the server."),
                .init(flag: "-o, --output=''", text: "Print the changed object: json, yaml, name..."),
                recursiveOption, selector,
                .init(flag: "--serviceaccount=[]", text: "Service accounts to add, as NAMESPACE:NAME."),
                .init(flag: "--user=[]", text: "Users to add."),
            ],
            usage: "kubectl set subject (-f FILENAME | TYPE NAME) [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]"),
    ]
}
