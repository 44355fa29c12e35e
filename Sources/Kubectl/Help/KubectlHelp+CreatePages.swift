extension KubectlHelp {
    private static let dryRun = HelpPage.Option(
        flag: "--dry-run='none'", text: "client or server: only show what would be created (with -o yaml or -o json).")
    private static let output = HelpPage.Option(
        flag: "-o, --output=''", text: "Print the object instead of a message: json, yaml, name, jsonpath=...")

    static let createPages: [String: HelpPage] = [
        "create deployment": HelpPage(
            summary: "Create a Deployment that runs the given image(s).",
            aliases: ["deployment", "deploy"],
            examples: [
                ("A Deployment named web with one nginx pod", "kubectl create deployment web --image=nginx"),
                ("Three replicas that listen on port 80", "kubectl create deployment web --image=nginx --replicas=3 --port=80"),
                ("Give the container a command", "kubectl create deployment sleeper --image=busybox -- sleep 3600"),
            ],
            options: [
                dryRun,
                .init(flag: "--image=[]", text: "The image of a container (repeat for more containers). Required."),
                output,
                .init(flag: "--port=-1", text: "The port the container listens on."),
                .init(flag: "-r, --replicas=1", text: "How many pods the Deployment keeps."),
            ],
            usage: "kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]"),
        "create namespace": HelpPage(
            summary: "Create a namespace with the given name.",
            aliases: ["namespace", "ns"],
            examples: [("A namespace named cute", "kubectl create namespace cute")],
            options: [dryRun, output],
            usage: "kubectl create namespace NAME [--dry-run=server|client|none] [options]"),
        "create configmap": HelpPage(
            summary: "Create a ConfigMap from literal values, files or an env file.",
            aliases: ["configmap", "cm"],
            examples: [
                ("Two keys from literal values", "kubectl create configmap app --from-literal=mode=dev --from-literal=level=2"),
                ("One key per file, named after the file", "kubectl create configmap web --from-file=index.html"),
            ],
            options: [
                dryRun,
                .init(flag: "--from-env-file=[]", text: "A file of KEY=VALUE lines, one key each."),
                .init(flag: "--from-file=[]", text: "A file (key = its name, or KEY=PATH) or a directory of files."),
                .init(flag: "--from-literal=[]", text: "A key and its value, KEY=VALUE."),
                output,
            ],
            usage: "kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]"),
        "create secret generic": HelpPage(
            summary: "Create a Secret of type Opaque from literal values, files or an env file. The values are stored base64 encoded.",
            examples: [("A password from a literal", "kubectl create secret generic db --from-literal=password=s3cret")],
            options: [
                dryRun,
                .init(flag: "--from-env-file=[]", text: "A file of KEY=VALUE lines, one key each."),
                .init(flag: "--from-file=[]", text: "A file (key = its name, or KEY=PATH) or a directory of files."),
                .init(flag: "--from-literal=[]", text: "A key and its value, KEY=VALUE."),
                output,
                .init(flag: "--type=''", text: "The Secret's type; Opaque when empty."),
            ],
            usage: "kubectl create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]"),
        "create secret tls": HelpPage(
            summary: "Create a Secret of type kubernetes.io/tls from a certificate and its key.",
            examples: [("From PEM files", "kubectl create secret tls web-tls --cert=tls.crt --key=tls.key")],
            options: [
                .init(flag: "--cert=''", text: "The PEM certificate file."),
                dryRun,
                .init(flag: "--key=''", text: "The PEM private key file."),
                output,
            ],
            usage: "kubectl create secret tls NAME --cert=path/to/cert/file --key=path/to/key/file [--dry-run=server|client|none] [options]"),
        "create secret docker-registry": HelpPage(
            summary: "Create a Secret with credentials for a container registry, for pods' imagePullSecrets.",
            examples: [(
                "Credentials for the lab's registry",
                "kubectl create secret docker-registry reg --docker-server=dkreg.taroko:5000 --docker-username=bigred --docker-password=pass"
            )],
            options: [
                .init(flag: "--docker-email=''", text: "The e-mail address for the registry."),
                .init(flag: "--docker-password=''", text: "The password for the registry."),
                .init(flag: "--docker-server='https://index.docker.io/v1/'", text: "The registry's address."),
                .init(flag: "--docker-username=''", text: "The user name for the registry."),
                dryRun, output,
            ],
            usage: "kubectl create secret docker-registry NAME --docker-username=user --docker-password=password --docker-email=email [--docker-server=string] [--from-file=[key=]source] [--dry-run=server|client|none] [options]"),
        "create service clusterip": HelpPage(
            summary: "Create a ClusterIP Service: a virtual IP inside the cluster for pods labelled app=NAME.",
            examples: [
                ("Port 80 to the pods' port 8080", "kubectl create service clusterip web --tcp=80:8080"),
                ("A headless Service", "kubectl create service clusterip web --clusterip=\"None\""),
            ],
            options: [
                .init(flag: "--clusterip=''", text: "Ask for this cluster IP, or None for a headless Service."),
                dryRun, output,
                .init(flag: "--tcp=[]", text: "Ports as PORT or PORT:TARGET_PORT."),
            ],
            usage: "kubectl create service clusterip NAME [--tcp=<port>:<targetPort>] [--dry-run=server|client|none] [options]"),
        "create service nodeport": HelpPage(
            summary: "Create a NodePort Service: a cluster IP plus a port on every node for pods labelled app=NAME.",
            examples: [("Port 80 to the pods' 8080, on a node port picked for you", "kubectl create service nodeport web --tcp=80:8080")],
            options: [
                dryRun,
                .init(flag: "--node-port=0", text: "The port on every node; picked from 30000-32767 when 0."),
                output,
                .init(flag: "--tcp=[]", text: "Ports as PORT or PORT:TARGET_PORT."),
            ],
            usage: "kubectl create service nodeport NAME [--tcp=port:targetPort] [--dry-run=server|client|none] [options]"),
        "create service loadbalancer": HelpPage(
            summary: "Create a LoadBalancer Service for pods labelled app=NAME; a load balancer controller gives it an external address.",
            examples: [("Port 80 to the pods' 8080", "kubectl create service loadbalancer web --tcp=80:8080")],
            options: [dryRun, output, .init(flag: "--tcp=[]", text: "Ports as PORT or PORT:TARGET_PORT.")],
            usage: "kubectl create service loadbalancer NAME [--tcp=port:targetPort] [--dry-run=server|client|none] [options]"),
        "create service externalname": HelpPage(
            summary: "Create an ExternalName Service: a DNS alias (CNAME) in the cluster for a name outside it.",
            examples: [("db.NAMESPACE.svc answers with db.example.com", "kubectl create service externalname db --external-name db.example.com")],
            options: [
                dryRun,
                .init(flag: "--external-name=''", text: "The DNS name to point at. Required."),
                output,
                .init(flag: "--tcp=[]", text: "Ports as PORT or PORT:TARGET_PORT."),
            ],
            usage: "kubectl create service externalname NAME --external-name external.name [--dry-run=server|client|none] [options]"),
        "create job": HelpPage(
            summary: "Create a Job that runs an image to completion, or a Job from a CronJob's template.",
            examples: [
                ("Run a command once", "kubectl create job hello --image=busybox -- echo hello"),
                ("Start a CronJob's job now", "kubectl create job backup-now --from=cronjob/backup"),
            ],
            options: [
                dryRun,
                .init(flag: "--from=''", text: "The CronJob to copy the job template from, as cronjob/NAME."),
                .init(flag: "--image=''", text: "The image to run."),
                output,
            ],
            usage: "kubectl create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...] [options]"),
        "create cronjob": HelpPage(
            summary: "Create a CronJob that starts a Job on a schedule.",
            aliases: ["cronjob", "cj"],
            examples: [("Every five minutes", "kubectl create cronjob tick --image=busybox --schedule=\"*/5 * * * *\" -- date")],
            options: [
                dryRun,
                .init(flag: "--image=''", text: "The image to run."),
                output,
                .init(flag: "--restart=''", text: "The job's restart policy: OnFailure or Never."),
                .init(flag: "--schedule=''", text: "When to run, in cron format."),
            ],
            usage: "kubectl create cronjob NAME --image=image --schedule='0/5 * * * ?' -- [COMMAND] [args...] [flags] [options]"),
        "create token": HelpPage(
            summary: "Ask the API server for a token that authenticates as a service account. Nothing is stored: each call issues a new token.",
            examples: [
                ("A token for the default service account of the current namespace, valid for an hour", "kubectl create token default"),
                ("A token for robot in namespace apps, valid for a day", "kubectl create token robot -n apps --duration=24h"),
                ("A token for another audience than the API server", "kubectl create token robot --audience=https://vault.tk8s.lab"),
                ("A token that stops working once the pod web-0 is deleted", "kubectl create token robot --bound-object-kind=Pod --bound-object-name=web-0"),
            ],
            options: [
                .init(flag: "--audience=[]", text: "Who the token is for; may be repeated. Without it, the API server itself."),
                .init(flag: "--bound-object-kind=''", text: "Node, Pod or Secret: the kind of object whose deletion ends the token. Needs --bound-object-name."),
                .init(flag: "--bound-object-name=''", text: "The name of that object."),
                .init(flag: "--bound-object-uid=''", text: "Its UID; the request fails if the object now has another one. Without it, the object's current UID."),
                .init(flag: "--duration=0s", text: "How long the token is valid, at least 10m; 0 leaves it to the server (an hour)."),
                output,
            ],
            usage: "kubectl create token SERVICE_ACCOUNT_NAME [options]"),
        "create serviceaccount": HelpPage(
            summary: "Create a service account with the given name.",
            aliases: ["serviceaccount", "sa"],
            examples: [("A service account named robot", "kubectl create serviceaccount robot")],
            options: [dryRun, output],
            usage: "kubectl create serviceaccount NAME [--dry-run=server|client|none] [options]"),
        "create ingress": HelpPage(
            summary: "Create an Ingress that routes HTTP requests by host and path to Services.",
            aliases: ["ingress", "ing"],
            examples: [
                ("web.tk8s.lab and everything below it go to port 80 of Service web", "kubectl create ingress web --class=nginx --rule='web.tk8s.lab/*=web:80'"),
                ("Only the exact path /api, served over TLS with the secret api-cert", "kubectl create ingress api --rule='api.tk8s.lab/api=api:http,tls=api-cert'"),
            ],
            options: [
                .init(flag: "--annotation=[]", text: "An annotation for the Ingress, as KEY=VALUE; may be repeated."),
                .init(flag: "--class=''", text: "The IngressClass whose controller serves it."),
                .init(flag: "--default-backend=''", text: "Where requests no rule matches go, as SERVICE:PORT."),
                .init(flag: "--rule=[]", text: "HOST/PATH=SERVICE:PORT[,tls[=SECRET]]; a PATH ending in * matches by prefix, any other exactly."),
                dryRun, output,
            ],
            usage: "kubectl create ingress NAME --rule=host/path=service:port[,tls[=secret]]  [options]"),
        "create poddisruptionbudget": HelpPage(
            summary: "Create a PodDisruptionBudget that keeps some of the selected pods up while nodes are drained.",
            aliases: ["poddisruptionbudget", "pdb"],
            examples: [
                ("Keep at least 2 pods labelled app=web running", "kubectl create pdb web --selector=app=web --min-available=2"),
                ("Let at most half of the db pods be down at once", "kubectl create pdb db --selector=app=db --max-unavailable=50%"),
            ],
            options: [
                dryRun,
                .init(flag: "--max-unavailable=''", text: "How many of the pods may be unavailable, as a number or a percentage."),
                .init(flag: "--min-available=''", text: "How many of the pods must stay available, as a number or a percentage."),
                output,
                .init(flag: "--selector=''", text: "The label selector of the pods the budget covers."),
            ],
            usage: "kubectl create poddisruptionbudget NAME --selector=SELECTOR --min-available=N [--dry-run=server|client|none] [options]"),
        "create priorityclass": HelpPage(
            summary: "Create a PriorityClass: a named priority that pods ask for with priorityClassName.",
            aliases: ["priorityclass", "pc"],
            examples: [
                ("Pods of class high go before pods without one", "kubectl create priorityclass high --value=1000 --description='batch jobs that must run first'"),
                ("The class of pods that name none, which never preempts others", "kubectl create priorityclass base --value=10 --global-default --preemption-policy=Never"),
            ],
            options: [
                .init(flag: "--description=''", text: "When the class should be used, in words."),
                dryRun,
                .init(flag: "--global-default=false", text: "Give this class to pods that name no class."),
                output,
                .init(flag: "--preemption-policy='PreemptLowerPriority'", text: "Whether pods of the class may evict lower-priority pods: PreemptLowerPriority or Never."),
                .init(flag: "--value=0", text: "The priority; higher goes first."),
            ],
            usage: "kubectl create priorityclass NAME --value=VALUE --global-default=BOOL [--dry-run=server|client|none] [options]"),
        "create quota": HelpPage(
            summary: "Create a ResourceQuota that limits what the namespace may use in total.",
            aliases: ["quota", "resourcequota"],
            examples: [("At most 10 pods and 4 CPUs requested", "kubectl create quota small --hard=pods=10,requests.cpu=4")],
            options: [
                dryRun,
                .init(flag: "--hard=''", text: "RESOURCE=QUANTITY pairs, comma separated."),
                output,
                .init(flag: "--scopes=''", text: "Only count objects in these scopes, comma separated."),
            ],
            usage: "kubectl create quota NAME [--hard=key1=value1,key2=value2] [--scopes=Scope1,Scope2] [--dry-run=server|client|none] [options]"),
        "create role": HelpPage(
            summary: "Create a Role: verbs allowed on resources in one namespace.",
            examples: [("Read pods", "kubectl create role pod-reader --verb=get,list,watch --resource=pods")],
            options: [
                dryRun, output,
                .init(flag: "--resource=[]", text: "Resources the rule covers."),
                .init(flag: "--resource-name=[]", text: "Only these objects of the resources."),
                .init(flag: "--verb=[]", text: "Verbs the rule allows."),
            ],
            usage: "kubectl create role NAME --verb=verb --resource=resource.group/subresource [--resource-name=resourcename] [--dry-run=server|client|none] [options]"),
        "create rolebinding": HelpPage(
            summary: "Create a RoleBinding that grants a Role or ClusterRole to users, groups or service accounts in one namespace.",
            examples: [(
                "Let the service account default:robot read pods", "kubectl create rolebinding robot-reads --role=pod-reader --serviceaccount=default:robot"
            )],
            options: [
                .init(flag: "--clusterrole=''", text: "The ClusterRole to grant."),
                dryRun,
                .init(flag: "--group=[]", text: "Groups to grant it to."),
                output,
                .init(flag: "--role=''", text: "The Role to grant."),
                .init(flag: "--serviceaccount=[]", text: "Service accounts to grant it to, as NAMESPACE:NAME."),
                .init(flag: "--user=[]", text: "Users to grant it to."),
            ],
            usage: "kubectl create rolebinding NAME --clusterrole=NAME|--role=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]"),
    ]
}
