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
