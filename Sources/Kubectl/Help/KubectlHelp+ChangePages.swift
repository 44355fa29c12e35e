extension KubectlHelp {
    static let selector = HelpPage.Option(flag: "-l, --selector=''", text: "Only objects whose labels match.")
    static let filenameOption = HelpPage.Option(
        flag: "-f, --filename=[]", text: "Files, directories or - (standard input) holding the manifests.")
    static let kustomizeOption = HelpPage.Option(
        flag: "-k, --kustomize=''", text: "A kustomization directory whose built objects are used instead.")
    static let recursiveOption = HelpPage.Option(
        flag: "-R, --recursive=false", text: "Read the directories given with -f and those below them.")

    static let rolloutPages: [String: HelpPage] = [
        "rollout status": HelpPage(
            summary: "Follow a rollout until it is done: print its progress and return when every replica runs the new template.",
            examples: [("Wait for the Deployment web", "kubectl rollout status deployment/web")],
            options: [
                filenameOption, kustomizeOption, recursiveOption,
                .init(flag: "--revision=0", text: "Follow this revision; the rollout fails if a newer one starts."),
                .init(flag: "--timeout=0s", text: "Give up after this long; 0 waits for ever."),
                .init(flag: "-w, --watch=true", text: "Keep following until the rollout is done."),
            ],
            usage: "kubectl rollout status (TYPE NAME | TYPE/NAME) [flags] [options]"),
        "rollout history": HelpPage(
            summary: "List the revisions of a rollout, or show one revision's pod template.",
            examples: [
                ("The revisions of the Deployment web", "kubectl rollout history deployment/web"),
                ("The template of revision 2", "kubectl rollout history deployment/web --revision=2"),
            ],
            options: [
                filenameOption, kustomizeOption, recursiveOption,
                .init(flag: "--revision=0", text: "Show this revision's pod template."),
            ],
            usage: "kubectl rollout history (TYPE NAME | TYPE/NAME) [flags] [options]"),
        "rollout undo": HelpPage(
            summary: "Go back to an earlier revision: its pod template becomes the current one.",
            examples: [
                ("Back to the previous revision", "kubectl rollout undo deployment/web"),
                ("Back to revision 3", "kubectl rollout undo deployment/web --to-revision=3"),
            ],
            options: [
                filenameOption, kustomizeOption, recursiveOption,
                .init(flag: "--to-revision=0", text: "The revision to go back to; 0 means the previous one."),
            ],
            usage: "kubectl rollout undo (TYPE NAME | TYPE/NAME) [flags] [options]"),
        "rollout restart": HelpPage(
            summary: "Restart a workload's pods by rolling out its template again, with a restartedAt annotation.",
            examples: [("Replace every pod of the Deployment web", "kubectl rollout restart deployment/web")],
            options: [filenameOption, kustomizeOption, recursiveOption, selector],
            usage: "kubectl rollout restart RESOURCE [options]"),
        "rollout pause": HelpPage(
            summary: "Pause a Deployment: template changes are kept but not rolled out until it is resumed.",
            examples: [("Pause the Deployment web", "kubectl rollout pause deployment/web")],
            options: [filenameOption, kustomizeOption, recursiveOption, selector],
            usage: "kubectl rollout pause RESOURCE [options]"),
        "rollout resume": HelpPage(
            summary: "Resume a paused Deployment, rolling out the changes made meanwhile.",
            examples: [("Resume the Deployment web", "kubectl rollout resume deployment/web")],
            options: [filenameOption, kustomizeOption, recursiveOption, selector],
            usage: "kubectl rollout resume RESOURCE [options]"),
    ]
}
