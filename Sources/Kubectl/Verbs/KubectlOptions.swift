/// `kubectl options`: the flags every command takes.
enum KubectlOptions {
    static let verb = Verb(
        name: "options", flags: [], help: KubectlHelp.options,
        flagFailure: { message in KubectlFailure("error: \(message)\nRun 'kubectl options' without flags.") }
    ) { context throws(KubectlFailure) in
        context.io.out(KubectlHelp.options)
        return 0
    }
}

extension KubectlHelp {
    static let options = """
        The following options can be passed to any command:

            --as='':
        \tAct as this user (or service account) for the request.

            --as-group=[]:
        \tAct as a member of this group too; repeat the flag for several. Needs --as.

            --as-uid='':
        \tThe UID of the user --as names.

            --cache-dir='$HOME/.kube/cache':
        \tWhere discovery answers are cached.

            --certificate-authority='':
        \tA file of the certificate authority that signs the server's certificate, instead of the kubeconfig cluster's.

            --client-certificate='':
        \tA client certificate file to authenticate with, instead of the kubeconfig user's.

            --client-key='':
        \tThe client certificate's key file.

            --cluster='':
        \tThe kubeconfig cluster to use.

            --context='':
        \tThe kubeconfig context to use.

            --insecure-skip-tls-verify=false:
        \tDo not check the server's certificate. Unsafe.

            --kubeconfig='':
        \tThe kubeconfig file to read.

            --match-server-version=false:
        \tRequire the server's version to match the client's.

            -n, --namespace='':
        \tThe namespace to work in, instead of the context's.

            --request-timeout='0':
        \tHow long to wait for one request; 0 waits for ever.

            -s, --server='':
        \tThe API server's address.

            --password='':
        \tA password for basic authentication.

            --tls-server-name='':
        \tThe name to check the server's certificate against, instead of the server's host.

            --token='':
        \tA bearer token for the API server.

            --user='':
        \tThe kubeconfig user to use.

            --username='':
        \tA user name for basic authentication.

            -v, --v=0:
        \tHow much to log.

            --warnings-as-errors=false:
        \tTreat the server's warnings as errors.

        """
}
