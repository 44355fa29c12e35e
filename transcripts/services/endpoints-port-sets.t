The Endpoints controller packs a Service's addresses by the ports they serve: a pod that lacks the
named target port (`stray` has no port called `http`) serves only the numbered one, so the
Endpoints hold two subsets, ordered by their hash, and the EndpointSlice controller keeps a slice
for each port set.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: web
  > spec:
  >   replicas: 2
  >   selector:
  >     matchLabels:
  >       app: web
  >   template:
  >     metadata:
  >       labels:
  >         app: web
  >     spec:
  >       containers:
  >       - name: nginx
  >         image: nginx
  >         ports:
  >         - name: http
  >           containerPort: 80
  > EOF
  deployment.apps/web created
  $ kubectl run stray --image=nginx --labels=app=web
  pod/stray created
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: web
  > spec:
  >   selector:
  >     app: web
  >   ports:
  >   - name: http
  >     port: 80
  >     targetPort: http
  >   - name: metrics
  >     port: 9113
  > EOF
  service/web created
  $ sleep 10
  $ kubectl get endpoints web
  NAME   ENDPOINTS                                                     AGE
  web    10.244.0.142:80,10.244.1.8:80,10.244.0.142:9113 + 2 more...   10s
  $ kubectl describe endpoints web
  Name:         web
  Namespace:    default
  Labels:       <none>
  Annotations:  endpoints.kubernetes.io/last-change-trigger-time: 2025-04-23T07:25:06Z
  Subsets:
    Addresses:          10.244.0.142,10.244.1.8
    NotReadyAddresses:  <none>
    Ports:
      Name  Port  Protocol
      ----  ----  --------
      http  80    TCP
  
    Addresses:          10.244.0.142,10.244.1.8,10.244.1.9
    NotReadyAddresses:  <none>
    Ports:
      Name     Port  Protocol
      ----     ----  --------
      metrics  9113  TCP
  
  Events:  <none>
  $ kubectl get endpoints web -o yaml
  apiVersion: v1
  kind: Endpoints
  metadata:
    annotations:
      endpoints.kubernetes.io/last-change-trigger-time: "2025-04-23T07:25:06Z"
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: web
    namespace: default
    resourceVersion: "205"
    uid: f1297f87-94b3-4d08-a5e0-a275b1b274e2
  subsets:
  - addresses:
    - ip: 10.244.0.142
      nodeName: tk8s-worker1
      targetRef:
        kind: Pod
        name: web-8f56dddf4-c9dcc
        namespace: default
        uid: edf4a0d9-6588-49ce-b519-bc41e411d54b
    - ip: 10.244.1.8
      nodeName: tk8s-worker2
      targetRef:
        kind: Pod
        name: web-8f56dddf4-c89zj
        namespace: default
        uid: 55823264-1854-4695-9a48-a7cb86661fd1
    ports:
    - name: http
      port: 80
      protocol: TCP
  - addresses:
    - ip: 10.244.0.142
      nodeName: tk8s-worker1
      targetRef:
        kind: Pod
        name: web-8f56dddf4-c9dcc
        namespace: default
        uid: edf4a0d9-6588-49ce-b519-bc41e411d54b
    - ip: 10.244.1.8
      nodeName: tk8s-worker2
      targetRef:
        kind: Pod
        name: web-8f56dddf4-c89zj
        namespace: default
        uid: 55823264-1854-4695-9a48-a7cb86661fd1
    - ip: 10.244.1.9
      nodeName: tk8s-worker2
      targetRef:
        kind: Pod
        name: stray
        namespace: default
        uid: 0ded8720-bb4c-4c2e-a5ac-a191385d7c74
    ports:
    - name: metrics
      port: 9113
      protocol: TCP
  $ kubectl get endpointslices -l kubernetes.io/service-name=web
  NAME        ADDRESSTYPE   PORTS     ENDPOINTS                 AGE
  web-59blc   IPv4          9113      10.244.1.9                10s
  web-8cfqt   IPv4          80,9113   10.244.0.142,10.244.1.8   10s

A pod that is not ready joins the subset of its port set as a not-ready address.
  $ kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","readinessProbe":{"httpGet":{"path":"/missing","port":"http"}}}]}}}}'
  deployment.apps/web patched
  $ sleep 5
  $ kubectl describe endpoints web
  Name:         web
  Namespace:    default
  Labels:       <none>
  Annotations:  endpoints.kubernetes.io/last-change-trigger-time: 2025-04-23T07:25:10Z
  Subsets:
    Addresses:          10.244.0.142,10.244.1.8,10.244.1.9
    NotReadyAddresses:  10.244.0.143
    Ports:
      Name     Port  Protocol
      ----     ----  --------
      metrics  9113  TCP
  
    Addresses:          10.244.0.142,10.244.1.8
    NotReadyAddresses:  10.244.0.143
    Ports:
      Name  Port  Protocol
      ----  ----  --------
      http  80    TCP
  
  Events:  <none>

With no pod left, the Endpoints have no subsets and one placeholder slice lists nothing.
  $ kubectl delete deployment web
  deployment.apps "web" deleted
  $ kubectl delete pod stray
  pod "stray" deleted
  $ kubectl get endpoints web
  NAME   ENDPOINTS   AGE
  web    <none>      16s
  $ kubectl get endpointslices -l kubernetes.io/service-name=web
  NAME        ADDRESSTYPE   PORTS     ENDPOINTS   AGE
  web-59blc   IPv4          <unset>   <unset>     16s
