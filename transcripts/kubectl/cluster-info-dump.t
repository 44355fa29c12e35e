kubectl cluster-info dump writes the nodes and, per namespace, its lists as the typed clients read
them (Go struct field order, items without kind), then each container's log between START and
END lines; with --output-directory it writes one file per list instead. Checked byte for byte
against kubectl 1.32 fed the same objects by a fake apiserver.
  $ kubectl cluster-info dump --namespaces default --output-directory /tmp/state
  Cluster info dumped to /tmp/state
  $ ls -R /tmp/state
  /tmp/state:
  default  nodes.json
  
  /tmp/state/default:
  daemonsets.json   events.json  pods.json	 replication-controllers.json
  deployments.json  goweb        replicasets.json  services.json
  
  /tmp/state/default/goweb:
  logs.txt
  $ cat /tmp/state/default/services.json
  {
      "kind": "ServiceList",
      "apiVersion": "v1",
      "metadata": {
          "resourceVersion": "164"
      },
      "items": [
          {
              "metadata": {
                  "name": "kubernetes",
                  "namespace": "default",
                  "uid": "9846e87d-9288-47cd-8f4f-b08319cb4e88",
                  "resourceVersion": "83",
                  "creationTimestamp": "2025-04-21T09:00:06Z",
                  "labels": {
                      "component": "apiserver",
                      "provider": "kubernetes"
                  }
              },
              "spec": {
                  "ports": [
                      {
                          "name": "https",
                          "protocol": "TCP",
                          "port": 443,
                          "targetPort": 6443
                      }
                  ],
                  "clusterIP": "10.98.0.1",
                  "clusterIPs": [
                      "10.98.0.1"
                  ],
                  "type": "ClusterIP",
                  "sessionAffinity": "None",
                  "ipFamilies": [
                      "IPv4"
                  ],
                  "ipFamilyPolicy": "SingleStack",
                  "internalTrafficPolicy": "Cluster"
              },
              "status": {
                  "loadBalancer": {}
              }
          }
      ]
  }
  $ cat /tmp/state/default/goweb/logs.txt
  ==== START logs for container goweb of pod default/goweb ====
  ==== END logs for container goweb of pod default/goweb ====
  $ kubectl cluster-info dump --namespaces default -o yaml | tail -n 9
      podIPs:
      - ip: 10.244.0.141
      qosClass: BestEffort
      startTime: "2025-04-23T05:49:37Z"
  kind: PodList
  metadata:
    resourceVersion: "164"
  ==== START logs for container goweb of pod default/goweb ====
  ==== END logs for container goweb of pod default/goweb ====
  $ kubectl run broken --image=nosuch.example/none:1
  pod/broken created
  $ sleep 30
  $ kubectl cluster-info dump --namespaces default | grep -A1 'START logs'
  ==== START logs for container broken of pod default/broken ====
  Request log error: the server rejected our request for an unknown reason (get pods broken)
  --
  ==== START logs for container goweb of pod default/goweb ====
  ==== END logs for container goweb of pod default/goweb ====
  $ kubectl cluster-info --namespaces default
  error: unknown flag: --namespaces
  See 'kubectl cluster-info --help' for usage.
