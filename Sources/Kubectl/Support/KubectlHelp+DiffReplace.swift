extension KubectlHelp {
    static let replace = """
        Put the objects a manifest describes in place of the live ones, whole: fields the manifest
        leaves out are gone afterwards. Each object must already exist. A manifest that carries a
        resourceVersion is refused if the object changed since. --force deletes the objects, waits
        until they are gone and creates them again.

        Examples:
          kubectl replace -f web.yaml
          kubectl get deployment web -o yaml | kubectl replace -f -
          kubectl replace --force -f pod.yaml

        Options:
          -f, --filename=[]       Files, directories or - (standard input) holding the manifests
          -k, --kustomize=''      A kustomization directory whose built objects are used instead
          -R, --recursive=false   Read the directories given with -f and those below them
              --force=false       Delete the objects and create them again
              --grace-period=-1   With --force: seconds the deleted pods get to stop
              --timeout=0s        With --force: how long to wait for the deletion (0 means 5 minutes)
              --save-config=false Record the manifest in the last-applied annotation
              --dry-run='none'    Only print what would happen: client or server
          -o, --output=''         Print the objects instead: yaml, json, name, jsonpath=...

        Usage:
          kubectl replace -f FILENAME [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """

    static let diff = """
        Show what applying a manifest would change. Each object is written twice as YAML, as it is
        now and as the API server says it would be after the apply (a server-side dry run), and the
        two are compared with 'diff -u -N'. Nothing in the cluster changes.

        Exit status: 0 when nothing would change, 1 when something would, more than 1 on an error.

        Examples:
          kubectl diff -f web.yaml
          cat web.yaml | kubectl diff -f -

        Options:
          -f, --filename=[]       Files, directories or - (standard input) holding the manifests
          -k, --kustomize=''      A kustomization directory whose built objects are used instead
          -R, --recursive=false   Read the directories given with -f and those below them
          -l, --selector=''       Only the objects of the manifests whose labels match

        Usage:
          kubectl diff -f FILENAME [options]

        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
