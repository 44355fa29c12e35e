kubectl expose makes a Service that selects what the object selects; ports come from the
object's containers unless --port says otherwise, and NodePort Services get a node port.
  $ kubectl create deployment web --image=nginx --port=80 --replicas=2
  deployment.apps/web created
  $ kubectl expose deployment web --target-port=80 --dry-run=client -o yaml
  apiVersion: v1
  kind: Service
  metadata:
    creationTimestamp: null
    labels:
      app: web
    name: web
  spec:
    ports:
    - port: 80
      protocol: TCP
      targetPort: 80
    selector:
      app: web
  status:
    loadBalancer: {}
  $ kubectl expose deployment web
  service/web exposed
  $ kubectl expose deploy/web --name=web-np --port=8080 --target-port=80 --type=NodePort
  service/web-np exposed
  $ sleep 30
  $ kubectl get svc -o wide
  NAME         TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)          AGE   SELECTOR
  kubernetes   ClusterIP   10.98.0.1     <none>        443/TCP          46h   <none>
  web          ClusterIP   10.98.0.48    <none>        80/TCP           30s   app=web
  web-np       NodePort    10.98.0.155   <none>        8080:31902/TCP   30s   app=web
  $ kubectl get endpoints web web-np
  NAME     ENDPOINTS                       AGE
  web      10.244.0.142:80,10.244.1.8:80   30s
  web-np   10.244.0.142:80,10.244.1.8:80   30s
  $ kubectl expose pod goweb --port=8080 --protocol=UDP --dry-run=client -o json
  {
      "kind": "Service",
      "apiVersion": "v1",
      "metadata": {
          "name": "goweb",
          "creationTimestamp": null,
          "labels": {
              "run": "goweb"
          }
      },
      "spec": {
          "ports": [
              {
                  "protocol": "UDP",
                  "port": 8080,
                  "targetPort": 8080
              }
          ],
          "selector": {
              "run": "goweb"
          }
      },
      "status": {
          "loadBalancer": {}
      }
  }
  $ kubectl expose deployment web
  Error from server (AlreadyExists): services "web" already exists
  $ kubectl expose deployment nosuch --port=80
  Error from server (NotFound): deployments.apps "nosuch" not found
  $ kubectl expose node tk8s-worker1 --port=80
  error: cannot expose a Node
  $ kubectl expose daemonset kube-proxy -n kube-system --port=80
  error: cannot expose a DaemonSet.apps
  $ kubectl expose deployment web --port=http
  error: strconv.Atoi: parsing "http": invalid syntax
  $ kubectl expose deployment web --port=80 --selector=app
  error: unexpected label spec: app
  $ kubectl expose deployment web --port=80 --session-affinity=Sticky
  error: unknown session affinity: Sticky
  $ kubectl expose deployment web --port=80 --type=Fancy --name=fancy
  The Service "fancy" is invalid: spec.type: Unsupported value: "Fancy": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"
  $ kubectl expose deployment web --port=70000 --name=big
  The Service "big" is invalid: 
  * spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive
  * spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive
  $ kubectl expose deployment web --port=80 --protocol=FOO --name=odd
  The Service "odd" is invalid: spec.ports[0].protocol: Unsupported value: "FOO": supported values: "SCTP", "TCP", "UDP"
  $ kubectl expose
  error: You must provide one or more resources by argument or filename.
  Example resource specifications include:
     '-f rsrc.yaml'
     '--filename=rsrc.json'
     '<resource> <name>'
     '<resource>'
  $ kubectl expose deployment
  error: resource(s) were provided, but no name was specified
  $ kubectl expose svc kube-dns -n kube-system --name=dns2 --dry-run=client -o yaml
  apiVersion: v1
  kind: Service
  metadata:
    creationTimestamp: null
    labels:
      k8s-app: kube-dns
      kubernetes.io/cluster-service: "true"
      kubernetes.io/name: CoreDNS
    name: dns2
    namespace: kube-system
  spec:
    ports:
    - name: port-1-udp
      port: 53
      protocol: UDP
      targetPort: 53
    - name: port-1-tcp
      port: 53
      protocol: TCP
      targetPort: 53
    - name: port-2
      port: 9153
      protocol: TCP
      targetPort: 9153
    selector:
      k8s-app: kube-dns
  status:
    loadBalancer: {}
  $ kubectl expose deploy web --port=80 --cluster-ip=None --external-ip=1.2.3.4 --session-affinity=ClientIP -n default --dry-run=client -o json
  {
      "kind": "Service",
      "apiVersion": "v1",
      "metadata": {
          "name": "web",
          "namespace": "default",
          "creationTimestamp": null,
          "labels": {
              "app": "web"
          }
      },
      "spec": {
          "ports": [
              {
                  "protocol": "TCP",
                  "port": 80,
                  "targetPort": 80
              }
          ],
          "selector": {
              "app": "web"
          },
          "clusterIP": "None",
          "externalIPs": [
              "1.2.3.4"
          ],
          "sessionAffinity": "ClientIP"
      },
      "status": {
          "loadBalancer": {}
      }
  }
  $ kubectl expose deploy web --name=web-headless --cluster-ip=None
  service/web-headless exposed
  $ kubectl expose deploy web --name=web-np2 --port=80 --overrides='{"spec":{"type":"NodePort"}}' -o jsonpath='{.spec.type}'
  NodePort (no-eol)
  $ kubectl run pinned --image=nginx --overrides='{"spec":{"nodeName":"tk8s-worker2"}}' --dry-run=client -o jsonpath='{.spec.nodeName}'
  tk8s-worker2 (no-eol)
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: bare
  > spec:
  >   containers:
  >   - name: bare
  >     image: nginx
  > EOF
  pod/bare created
  $ kubectl expose pod bare --port=80
  error: couldn't retrieve selectors via --selector flag or introspection: the pod has no labels and cannot be exposed
  $ kubectl get svc
  NAME           TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)          AGE
  kubernetes     ClusterIP   10.98.0.1     <none>        443/TCP          46h
  web            ClusterIP   10.98.0.48    <none>        80/TCP           30s
  web-headless   ClusterIP   None          <none>        80/TCP           0s
  web-np         NodePort    10.98.0.155   <none>        8080:31902/TCP   30s
  web-np2        NodePort    10.98.0.180   <none>        80:32095/TCP     0s
