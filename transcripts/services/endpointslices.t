EndpointSlices: the EndpointSlice controller keeps one slice per Service with a selector, next to
the Endpoints object, listing every selected pod with an IP and its conditions; the apiserver
keeps the `kubernetes` slice itself.
  $ kubectl get endpointslices -A
  NAMESPACE     NAME                   ADDRESSTYPE   PORTS        ENDPOINTS                 AGE
  default       kubernetes             IPv4          6443         172.22.0.1                46h
  kube-system   kube-dns-2mvwh         IPv4          9153,53,53   10.244.0.13,10.244.0.14   46h
  kube-system   metrics-server-5t996   IPv4          10250        10.244.0.140              46h
  $ kubectl get endpointslices -n kube-system -l kubernetes.io/service-name=kube-dns -o wide
  NAME             ADDRESSTYPE   PORTS        ENDPOINTS                 AGE
  kube-dns-2mvwh   IPv4          9153,53,53   10.244.0.13,10.244.0.14   46h
  $ kubectl create deployment web --image=nginx --replicas=2 --port=80
  deployment.apps/web created
  $ kubectl expose deployment web --port=8080 --target-port=80
  service/web exposed
  $ kubectl get endpointslices -l kubernetes.io/service-name=web
  NAME        ADDRESSTYPE   PORTS   ENDPOINTS                 AGE
  web-vrt6g   IPv4          80      10.244.0.142,10.244.1.8   0s
  $ sleep 10
  $ kubectl get endpoints web
  NAME   ENDPOINTS                       AGE
  web    10.244.0.142:80,10.244.1.8:80   10s
  $ kubectl get endpointslices -l kubernetes.io/service-name=web
  NAME        ADDRESSTYPE   PORTS   ENDPOINTS                 AGE
  web-vrt6g   IPv4          80      10.244.0.142,10.244.1.8   10s
  $ kubectl describe endpointslice -l kubernetes.io/service-name=web
  Name:         web-vrt6g
  Namespace:    default
  Labels:       app=web
                endpointslice.kubernetes.io/managed-by=endpointslice-controller.k8s.io
                kubernetes.io/service-name=web
  Annotations:  <none>
  AddressType:  IPv4
  Ports:
    Name     Port  Protocol
    ----     ----  --------
    <unset>  80    TCP
  Endpoints:
    - Addresses:  10.244.0.142
      Conditions:
        Ready:    true
      Hostname:   <unset>
      TargetRef:  Pod/web-6476b5cb9d-c9dcc
      NodeName:   tk8s-worker1
      Zone:       <unset>
    - Addresses:  10.244.1.8
      Conditions:
        Ready:    true
      Hostname:   <unset>
      TargetRef:  Pod/web-6476b5cb9d-c89zj
      NodeName:   tk8s-worker2
      Zone:       <unset>
  Events:         <none>
  $ kubectl get endpointslices -l kubernetes.io/service-name=web -o yaml
  apiVersion: v1
  items:
  - addressType: IPv4
    apiVersion: discovery.k8s.io/v1
    endpoints:
    - addresses:
      - 10.244.0.142
      conditions:
        ready: true
        serving: true
        terminating: false
      nodeName: tk8s-worker1
      targetRef:
        kind: Pod
        name: web-6476b5cb9d-c9dcc
        namespace: default
        uid: edf4a0d9-6588-49ce-b519-bc41e411d54b
    - addresses:
      - 10.244.1.8
      conditions:
        ready: true
        serving: true
        terminating: false
      nodeName: tk8s-worker2
      targetRef:
        kind: Pod
        name: web-6476b5cb9d-c89zj
        namespace: default
        uid: 55823264-1854-4695-9a48-a7cb86661fd1
    kind: EndpointSlice
    metadata:
      creationTimestamp: "2025-04-23T07:25:00Z"
      generateName: web-
      generation: 2
      labels:
        app: web
        endpointslice.kubernetes.io/managed-by: endpointslice-controller.k8s.io
        kubernetes.io/service-name: web
      name: web-vrt6g
      namespace: default
      ownerReferences:
      - apiVersion: v1
        blockOwnerDeletion: true
        controller: true
        kind: Service
        name: web
        uid: 0ded8720-bb4c-4c2e-a5ac-a191385d7c74
      resourceVersion: "196"
      uid: f1297f87-94b3-4d08-a5e0-a275b1b274e2
    ports:
    - name: ""
      port: 80
      protocol: TCP
  kind: List
  metadata:
    resourceVersion: ""

Scaling out adds endpoints behind the first three; a terminating pod stays listed, serving but
no longer ready, until it has gone.
  $ kubectl scale deployment web --replicas=5
  deployment.apps/web scaled
  $ sleep 10
  $ kubectl get endpointslices -l kubernetes.io/service-name=web
  NAME        ADDRESSTYPE   PORTS   ENDPOINTS                                          AGE
  web-vrt6g   IPv4          80      10.244.0.142,10.244.1.8,10.244.0.143 + 2 more...   20s
  $ kubectl delete pod $(kubectl get pods -l app=web -o jsonpath='{.items[0].metadata.name}') --wait=false
  pod "web-6476b5cb9d-c89zj" deleted
  $ kubectl get endpointslices -l kubernetes.io/service-name=web -o jsonpath='{range .items[0].endpoints[*]}{.targetRef.name} {.conditions}{"\n"}{end}'
  web-6476b5cb9d-c9dcc {"ready":true,"serving":true,"terminating":false}
  web-6476b5cb9d-c89zj {"ready":false,"serving":true,"terminating":true}
  web-6476b5cb9d-lrd52 {"ready":true,"serving":true,"terminating":false}
  web-6476b5cb9d-vdpcc {"ready":true,"serving":true,"terminating":false}
  web-6476b5cb9d-k58p6 {"ready":true,"serving":true,"terminating":false}
  web-6476b5cb9d-wr7d5 {"ready":false,"serving":false,"terminating":false}

A selector that matches nothing leaves an empty slice; deleting the Service deletes its slice.
  $ kubectl create service clusterip nothing --tcp=80:80
  service/nothing created
  $ kubectl get endpointslices -l kubernetes.io/service-name=nothing
  NAME            ADDRESSTYPE   PORTS     ENDPOINTS   AGE
  nothing-94nz2   IPv4          <unset>   <unset>     0s
  $ kubectl get endpointslices -l kubernetes.io/service-name=nothing -o yaml
  apiVersion: v1
  items:
  - addressType: IPv4
    apiVersion: discovery.k8s.io/v1
    endpoints: null
    kind: EndpointSlice
    metadata:
      creationTimestamp: "2025-04-23T07:25:20Z"
      generateName: nothing-
      generation: 1
      labels:
        app: nothing
        endpointslice.kubernetes.io/managed-by: endpointslice-controller.k8s.io
        kubernetes.io/service-name: nothing
      name: nothing-94nz2
      namespace: default
      ownerReferences:
      - apiVersion: v1
        blockOwnerDeletion: true
        controller: true
        kind: Service
        name: nothing
        uid: d5665075-dbcd-462a-8a63-1664c5f88027
      resourceVersion: "253"
      uid: b83ba8ef-c28e-401f-9342-7bb7169a0512
    ports: null
  kind: List
  metadata:
    resourceVersion: ""
  $ kubectl delete service web nothing
  service "web" deleted
  service "nothing" deleted
  $ kubectl get endpointslices
  NAME         ADDRESSTYPE   PORTS   ENDPOINTS    AGE
  kubernetes   IPv4          6443    172.22.0.1   46h
