extension KubectlHelp {
    static let createService = """
        Create a Service that selects the pods labelled app=NAME.

        Commands:
          clusterip      A Service reached inside the cluster (--clusterip=None: headless)
          nodeport       A ClusterIP Service also opened on a port of every node
          loadbalancer   A NodePort Service that asks the cloud for a load balancer
          externalname   A DNS alias (CNAME) for a name outside the cluster

        Examples:
          kubectl create service clusterip web --tcp=80:8080
          kubectl create service nodeport web --tcp=80:8080 --node-port=30080
          kubectl create service externalname search --external-name=www.example.com

        Usage:
          kubectl create service [flags] [options]

        Use "kubectl create service <command> --help" for more information about a given command.
        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """

    static let createSecret = """
        Create a Secret; its values are stored base64-encoded.

        Commands:
          generic           Values from --from-literal, --from-file or --from-env-file (type Opaque)
          tls               A certificate and its key from --cert and --key files
          docker-registry   Credentials for pulling images from a registry

        Examples:
          kubectl create secret generic db-pass --from-literal=password=s3cr3t
          kubectl create secret tls web-tls --cert=tls.crt --key=tls.key
          kubectl create secret docker-registry regcred --docker-server=registry.example.com --docker-username=me --docker-password=pw

        Usage:
          kubectl create secret (docker-registry | generic | tls) [options]

        Use "kubectl create secret <command> --help" for more information about a given command.
        Use "kubectl options" for a list of global command-line options (applies to all commands).

        """
}
