extension KubectlHelp {
    static let expose = """
        Make a Service for the pods of an object: a Deployment, ReplicaSet, ReplicationController,
        pod or Service. The Service selects the same pods the object selects (a pod by its own
        labels), listens on the object's container ports unless --port is given, and sends traffic
        to --target-port (the same port unless given).

        Examples:
          kubectl expose deployment web --port=80 --target-port=8080
          kubectl expose deploy web --port=80 --type=NodePort --name=web-np
          kubectl expose pod goweb --port=8080

        Options:
              --port=N              The port the Service listens on
              --target-port=N|NAME  The container port traffic goes to
              --name=NAME           The Service's name (the object's name unless given)
              --type=TYPE           ClusterIP (default), NodePort, LoadBalancer or ExternalName
              --protocol=PROTO      TCP, UDP or SCTP
              --selector=K=V,...    Select these labels instead of the object's selector
              --cluster-ip=None     Make a headless Service
              --dry-run=client      Only print the Service; with -o yaml, as a manifest

        Usage:
          kubectl expose TYPE NAME [--port=N] [--target-port=N] [--name=NAME] [--type=TYPE] [options]

        """
}

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
          kubectl create service (clusterip | nodeport | loadbalancer | externalname) NAME [--tcp=PORT[:TARGET]] [options]

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
          kubectl create secret (generic | tls | docker-registry) NAME [options]

        """
}
