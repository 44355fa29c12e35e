extension KubectlHelp {
    /// `kubectl certificate` alone (or with `--help`): what its subcommands are for.
    static let certificate = """
        Approve or deny certificate signing requests (CSRs).

        Available Commands:
          approve       Let the request's signer issue the certificate
          deny          Refuse the request, so no certificate is issued

        Usage:
          kubectl certificate SUBCOMMAND [options]

        Use "kubectl certificate <command> --help" for more information about a given command.
        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """

    /// The options `approve` and `deny` share, with the word `--force` explains.
    private static func decisionOptions(_ already: String) -> [HelpPage.Option] {
        [
            .init(flag: "-f, --filename=[]", text: "Manifests naming the requests to change (- reads standard input)."),
            .init(flag: "--force=false", text: "Send the change even when the request is already \(already)."),
            .init(flag: "-k, --kustomize=''", text: "A kustomization directory whose objects name the requests."),
            .init(
                flag: "-o, --output=''",
                text: "name, json, yaml, jsonpath=..., go-template=... (the request as it was read)."),
            .init(flag: "-R, --recursive=false", text: "Look for manifests in the subdirectories of -f too."),
        ]
    }

    static let certificatePages: [String: HelpPage] = [
        "certificate approve": HelpPage(
            summary: """
                Approve certificate signing requests: each gets an Approved condition, and the signer it names may \
                then issue the certificate (kube-controller-manager signs for kubernetes.io/kube-apiserver-client, \
                kube-apiserver-client-kubelet and kubelet-serving).

                Read the request first: the certificate lets its holder authenticate as the subject it asks for.
                """,
            examples: [
                ("Approve the request named myuser", "kubectl certificate approve myuser"),
                ("Approve the requests a manifest names", "kubectl certificate approve -f csr.yaml"),
            ],
            options: decisionOptions("approved"),
            usage: "kubectl certificate approve (-f FILENAME | NAME) [options]"),
        "certificate deny": HelpPage(
            summary:
                "Deny certificate signing requests: each gets a Denied condition, and no certificate is issued for it.",
            examples: [("Deny the request named myuser", "kubectl certificate deny myuser")],
            options: decisionOptions("denied"),
            usage: "kubectl certificate deny (-f FILENAME | NAME) [options]"),
    ]
}
