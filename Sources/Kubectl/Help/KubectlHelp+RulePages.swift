/// Help for the subcommands of `create`, `apply` and `plugin` that grant cluster-wide access,
/// read or set the last-applied configuration, or list plugins.
extension KubectlHelp {
    static let rulePages: [String: HelpPage] = [
        "create clusterrole": HelpPage(
            summary: "Create a ClusterRole: verbs allowed on resources in every namespace, or on URLs that are not resources.",
            examples: [
                ("Read pods anywhere", "kubectl create clusterrole pod-reader --verb=get,list,watch --resource=pods"),
                ("Read the health endpoints", "kubectl create clusterrole health --verb=get --non-resource-url=/healthz,/readyz"),
            ],
            options: [
                .init(flag: "--aggregation-rule=", text: "A label selector whose ClusterRoles' rules this one gathers."),
                .init(flag: "--dry-run='none'", text: "none, server or client: only show what would be sent."),
                .init(flag: "--non-resource-url=[]", text: "URLs that are not resources the rule covers."),
                .init(flag: "-o, --output=''", text: "json, yaml, name, go-template, jsonpath and their file forms."),
                .init(flag: "--resource=[]", text: "Resources the rule covers."),
                .init(flag: "--resource-name=[]", text: "Only these objects of the resources."),
                .init(flag: "--verb=[]", text: "Verbs the rule allows."),
            ],
            usage: "kubectl create clusterrole NAME --verb=verb --resource=resource.group [--resource-name=resourcename] [--dry-run=server|client|none] [options]"),
        "create clusterrolebinding": HelpPage(
            summary: "Create a ClusterRoleBinding that grants a ClusterRole to users, groups or service accounts in every namespace.",
            examples: [("Make the user ann a cluster administrator", "kubectl create clusterrolebinding ann-admin --clusterrole=cluster-admin --user=ann")],
            options: [
                .init(flag: "--clusterrole=''", text: "The ClusterRole to grant."),
                .init(flag: "--dry-run='none'", text: "none, server or client: only show what would be sent."),
                .init(flag: "--group=[]", text: "Groups to grant it to."),
                .init(flag: "-o, --output=''", text: "json, yaml, name, go-template, jsonpath and their file forms."),
                .init(flag: "--serviceaccount=[]", text: "Service accounts to grant it to, as NAMESPACE:NAME."),
                .init(flag: "--user=[]", text: "Users to grant it to."),
            ],
            usage: "kubectl create clusterrolebinding NAME --clusterrole=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]"),
        "apply view-last-applied": HelpPage(
            summary: "Print the configuration an object was last applied with, kept in its last-applied annotation.",
            examples: [("The Deployment web's, as JSON", "kubectl apply view-last-applied deployment/web -o json")],
            options: [
                .init(flag: "--all=false", text: "Every object of the type in the namespace."),
                .init(flag: "-f, --filename=[]", text: "The objects the files describe."),
                .init(flag: "-o, --output='yaml'", text: "yaml or json."),
                .init(flag: "-l, --selector=''", text: "Only objects whose labels match."),
            ],
            usage: "kubectl apply view-last-applied (TYPE [NAME | -l label] | TYPE/NAME | -f FILENAME) [options]"),
        "apply set-last-applied": HelpPage(
            summary: "Write a file's objects into the last-applied annotation of the live ones, without changing anything else.",
            examples: [("Record web.yaml as what was applied", "kubectl apply set-last-applied -f web.yaml --create-annotation")],
            options: [
                .init(flag: "--create-annotation=false", text: "Add the annotation to objects that do not have it yet."),
                .init(flag: "--dry-run='none'", text: "none, server or client: only show what would be sent."),
                .init(flag: "-f, --filename=[]", text: "The files whose objects to record."),
                .init(flag: "-o, --output=''", text: "json, yaml, name, go-template, jsonpath and their file forms."),
            ],
            usage: "kubectl apply set-last-applied -f FILENAME [options]"),
        "apply edit-last-applied": HelpPage(
            summary: "Edit an object's last-applied configuration in an editor (there is none in this lab).",
            examples: [("The Deployment web's", "kubectl apply edit-last-applied deployment/web")],
            options: [
                .init(flag: "-f, --filename=[]", text: "The objects the files describe."),
                .init(flag: "-o, --output=''", text: "yaml or json: the format to edit in."),
            ],
            usage: "kubectl apply edit-last-applied (RESOURCE/NAME | -f FILENAME) [options]"),
        "plugin list": HelpPage(
            summary: "List the kubectl-* programs on the PATH that kubectl would run as plugins.",
            examples: [("Only their names", "kubectl plugin list --name-only")],
            options: [.init(flag: "--name-only=false", text: "Print each plugin's name instead of its full path.")],
            usage: "kubectl plugin list [flags] [options]"),
    ]

    /// Groups within a verb whose help is a page of its own (`create secret`, `create service`).
    static let groupPages: [String: String] = ["create secret": createSecret, "create service": createService]
}
