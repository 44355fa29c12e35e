extension KubectlHelp {
    static let top = """
        Show how much CPU and memory nodes or pods use right now.

         The figures come from the metrics API, which metrics-server serves after scraping each
        node's kubelet, so a pod appears a little while after its containers start.

        Available Commands:
          node          Show the CPU and memory use of nodes
          pod           Show the CPU and memory use of pods

        Usage:
          kubectl top [flags] [options]

        Use "kubectl top <command> --help" for more information about a given command.
        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
