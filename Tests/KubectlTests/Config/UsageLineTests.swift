import Testing

/// The Usage line of each verb's help is kubectl 1.32's, word for word (the rest of a page is
/// the lab's own words): taken from `kubectl.1.32 VERB --help`.
@Suite struct UsageLineTests {
    static let usage: [String: String] = [
        "get": "kubectl get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]",
        "run": "kubectl run NAME --image=image [--env=\"key=value\"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]",
        "exec": "kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...] [options]",
        "delete": "kubectl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]",
        "describe": "kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]",
        "apply": "kubectl apply (-f FILENAME | -k DIRECTORY) [options]",
        "create": "kubectl create -f FILENAME [options]",
        "scale": "kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]",
        "rollout": "kubectl rollout SUBCOMMAND [options]",
        "label": "kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]",
        "annotate": "kubectl annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]",
        "expose": "kubectl expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type] [options]",
        "patch": "kubectl patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [options]",
        "autoscale": "kubectl autoscale (-f FILENAME | TYPE NAME | TYPE/NAME) [--min=MINPODS] --max=MAXPODS [--cpu-percent=CPU] [options]",
        "wait": "kubectl wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]] [options]",
        "edit": "kubectl edit (RESOURCE/NAME | -f FILENAME) [options]",
        "debug": "kubectl debug (POD | TYPE[[.VERSION].GROUP]/NAME) [ -- COMMAND [args...] ] [options]",
        "events": "kubectl events [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning] [options]",
        "explain": "kubectl explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2] [options]",
        "logs": "kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]",
        "attach": "kubectl attach (POD | TYPE/NAME) -c CONTAINER [options]",
        "api-resources": "kubectl api-resources [flags] [options]",
        "api-versions": "kubectl api-versions [options]",
        "version": "kubectl version [flags] [options]",
        "cluster-info": "kubectl cluster-info [flags] [options]",
        "create secret": "kubectl create secret (docker-registry | generic | tls) [options]",
        "create service": "kubectl create service [flags] [options]",
        "set resources": "kubectl set resources (-f FILENAME | TYPE NAME)  ([--limits=LIMITS & --requests=REQUESTS] [options]",
        "config current-context": "kubectl config current-context [flags] [options]",
        "config set-cluster": "kubectl config set-cluster NAME [--server=server] [--certificate-authority=path/to/certificate/authority] [--insecure-skip-tls-verify=true] [--tls-server-name=example.com] [options]",
        "cordon": "kubectl cordon NODE [options]",
        "drain": "kubectl drain NODE [options]",
        "taint": "kubectl taint NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N=VAL_N:TAINT_EFFECT_N [options]",
        "top": "kubectl top [flags] [options]",
        "port-forward": "kubectl port-forward TYPE/NAME [options] [LOCAL_PORT:]REMOTE_PORT [...[LOCAL_PORT_N:]REMOTE_PORT_N]",
        "proxy": "kubectl proxy [--port=PORT] [--www=static-dir] [--www-prefix=prefix] [--api-prefix=prefix] [options]",
        "cp": "kubectl cp <file-spec-src> <file-spec-dest> [options]",
        "kustomize": "kubectl kustomize DIR [flags] [options]",
    ]

    @Test("kubectl VERB --help shows kubectl 1.32's usage line", arguments: usage.keys.sorted())
    func usageLine(_ verb: String) throws {
        let help = try KubectlHarness().run(verb.split(separator: " ").map(String.init) + ["--help"]).out
        #expect(help.contains("\nUsage:\n  \(Self.usage[verb] ?? "")\n\n"))
    }

    @Test("groups point to their subcommands' help before the global options")
    func groupFooter() throws {
        let help = try KubectlHarness().run("cluster-info", "--help").out
        #expect(
            help.hasSuffix(
                "Use \"kubectl cluster-info <command> --help\" for more information about a given command.\n"
                    + "Use \"kubectl options\" for a list of global command-line options (applies to all commands).\n"))
    }
}
