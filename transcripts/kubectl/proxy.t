kubectl proxy serves the apiserver on a local port as the kubeconfig's user; curl on the host
reaches it. Its filter refuses other Host headers and the exec and attach paths; a proxy
started with & ends with its job, and one whose apiserver is down answers 500 and logs why.
  $ kubectl proxy
  Starting to serve on 127.0.0.1:8001
  $ curl localhost:8001/version
  {
    "major": "1",
    "minor": "32",
    "gitVersion": "v1.32.2",
    "gitCommit": "67a30c0adcf52bd3f56ff0893ce19966be12991f",
    "gitTreeState": "clean",
    "buildDate": "2025-02-12T21:19:47Z",
    "goVersion": "go1.23.6",
    "compiler": "gc",
    "platform": "linux/amd64"
  } (no-eol)
  $ curl -s localhost:8001/api/v1/namespaces/default/services
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
          },
          "managedFields": [
            {
              "manager": "kube-apiserver",
              "operation": "Update",
              "apiVersion": "v1",
              "time": "2025-04-21T09:00:06Z",
              "fieldsType": "FieldsV1",
              "fieldsV1": {
                "f:metadata": {
                  "f:labels": {
                    ".": {},
                    "f:component": {},
                    "f:provider": {}
                  }
                },
                "f:spec": {
                  "f:clusterIP": {},
                  "f:clusterIPs": {},
                  "f:internalTrafficPolicy": {},
                  "f:ipFamilies": {},
                  "f:ipFamilyPolicy": {},
                  "f:ports": {
                    ".": {},
                    "k:{\"port\":443,\"protocol\":\"TCP\"}": {
                      ".": {},
                      "f:name": {},
                      "f:port": {},
                      "f:protocol": {},
                      "f:targetPort": {}
                    }
                  },
                  "f:sessionAffinity": {},
                  "f:type": {}
                }
              }
            }
          ]
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
  } (no-eol)
  $ curl -i localhost:8001/api/v1/namespaces/default/pods/missing
  HTTP/1.1 404 Not Found
  Audit-Id: dc5b07a0-8918-498a-a945-3e105db7f22a
  Cache-Control: no-cache, private
  Content-Length: 229
  Content-Type: application/json
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  X-Kubernetes-Pf-Flowschema-Uid: 40b8b618-229e-42e1-b651-e5240beabd16
  X-Kubernetes-Pf-Prioritylevel-Uid: 295ac8ed-21a3-492d-8d1b-c552b8befa69
  
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "pods \"missing\" not found",
    "reason": "NotFound",
    "details": {
      "name": "missing",
      "kind": "pods"
    },
    "code": 404
  } (no-eol)
  $ curl -s "localhost:8001/api/v1/namespaces/default/services/kubernetes?pretty=false"
  {"kind":"Service","apiVersion":"v1","metadata":{"name":"kubernetes","namespace":"default","uid":"9846e87d-9288-47cd-8f4f-b08319cb4e88","resourceVersion":"83","creationTimestamp":"2025-04-21T09:00:06Z","labels":{"component":"apiserver","provider":"kubernetes"},"managedFields":[{"manager":"kube-apiserver","operation":"Update","apiVersion":"v1","time":"2025-04-21T09:00:06Z","fieldsType":"FieldsV1","fieldsV1":{"f:metadata":{"f:labels":{".":{},"f:component":{},"f:provider":{}}},"f:spec":{"f:clusterIP":{},"f:clusterIPs":{},"f:internalTrafficPolicy":{},"f:ipFamilies":{},"f:ipFamilyPolicy":{},"f:ports":{".":{},"k:{\"port\":443,\"protocol\":\"TCP\"}":{".":{},"f:name":{},"f:port":{},"f:protocol":{},"f:targetPort":{}}},"f:sessionAffinity":{},"f:type":{}}}}]},"spec":{"ports":[{"name":"https","protocol":"TCP","port":443,"targetPort":6443}],"clusterIP":"10.98.0.1","clusterIPs":["10.98.0.1"],"type":"ClusterIP","sessionAffinity":"None","ipFamilies":["IPv4"],"ipFamilyPolicy":"SingleStack","internalTrafficPolicy":"Cluster"},"status":{"loadBalancer":{}}}
  $ curl -s localhost:8001/ | head -8
  {
    "paths": [
      "/.well-known/openid-configuration",
      "/api",
      "/api/v1",
      "/apis",
      "/apis/",
      "/apis/admissionregistration.k8s.io",
  $ curl -s localhost:8001/apis/apps
  {
    "kind": "APIGroup",
    "apiVersion": "v1",
    "name": "apps",
    "versions": [
      {
        "groupVersion": "apps/v1",
        "version": "v1"
      }
    ],
    "preferredVersion": {
      "groupVersion": "apps/v1",
      "version": "v1"
    }
  } (no-eol)
  $ curl -s localhost:8001/api/v1 | head -24
  {
    "kind": "APIResourceList",
    "groupVersion": "v1",
    "resources": [
      {
        "name": "bindings",
        "singularName": "binding",
        "namespaced": true,
        "kind": "Binding",
        "verbs": [
          "create"
        ]
      },
      {
        "name": "componentstatuses",
        "singularName": "componentstatus",
        "namespaced": false,
        "kind": "ComponentStatus",
        "verbs": [
          "get",
          "list"
        ],
        "shortNames": [
          "cs"
  $ curl -si localhost:8001/readyz
  HTTP/1.1 200 OK
  Audit-Id: ccebda42-4631-40cf-8a58-a296259fab4b
  Cache-Control: no-cache, private
  Content-Length: 2
  Content-Type: text/plain; charset=utf-8
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  X-Content-Type-Options: nosniff
  X-Kubernetes-Pf-Flowschema-Uid: 36f83155-06ea-4807-9cff-ea0bce1c46b0
  X-Kubernetes-Pf-Prioritylevel-Uid: 00a0e546-f5ec-4773-b4a8-97d2619518c9
  
  ok (no-eol)
  $ curl -si localhost:8001/api/v1/namespaces/default/pods/goweb/exec
  HTTP/1.1 403 Forbidden
  Content-Type: text/plain; charset=utf-8
  X-Content-Type-Options: nosniff
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  Content-Length: 10
  
  Forbidden
  $ curl -s -H 'Host: example.com' localhost:8001/version
  Forbidden
  $ curl -s localhost:8001/nothing-here
  {
    "kind": "Status",
    "apiVersion": "v1",
    "metadata": {},
    "status": "Failure",
    "message": "the server could not find the requested resource",
    "reason": "NotFound",
    "details": {},
    "code": 404
  } (no-eol)
  $ kubectl proxy
  error: listen tcp 127.0.0.1:8001: bind: address already in use
  $ kubectl proxy --port=0 --address=0.0.0.0
  Starting to serve on [::]:40000
  $ kubectl proxy -p 80
  error: listen tcp 127.0.0.1:80: bind: permission denied
  $ sudo kubectl proxy -p 80
  Starting to serve on 127.0.0.1:80
  $ kubectl proxy --port=99999
  error: listen tcp: address 99999: invalid port
  $ kubectl proxy --address=::1 -p 8002
  error: listen tcp: address ::1:8002: too many colons in address
  $ kubectl proxy --api-prefix=/k8s-api -p 8003
  Starting to serve on 127.0.0.1:8003
  $ curl -si localhost:8003/k8s-api
  HTTP/1.1 301 Moved Permanently
  Content-Type: text/html; charset=utf-8
  Location: /k8s-api/
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  Content-Length: 44
  
  <a href="/k8s-api/">Moved Permanently</a>.
  
  $ curl -s localhost:8003/k8s-api/api/v1/namespaces/kube-system/configmaps/kube-root-ca.crt | head -4
  {
    "kind": "ConfigMap",
    "apiVersion": "v1",
    "metadata": {
  $ curl -si localhost:8003/api/v1
  HTTP/1.1 404 Not Found
  Content-Type: text/plain; charset=utf-8
  X-Content-Type-Options: nosniff
  Date: Wed, 23 Apr 2025 07:25:00 GMT
  Content-Length: 19
  
  404 page not found
  $ kubectl proxy --accept-paths='^/api/(' -p 8004
  F0423 07:25:00.000000   23100 proxy_server.go:83] Error compiling re: error parsing regexp: missing closing ): `^/api/(`
  $ echo $?
  255
  $ kubectl proxy --disable-filter -p 8005
  W0423 07:25:00.000000   23100 proxy.go:177] Request filter disabled, your proxy is vulnerable to XSRF attacks, please be cautious
  Starting to serve on 127.0.0.1:8005
  $ curl -s -H 'Host: example.com' localhost:8005/healthz; echo
  ok
  $ kubectl proxy -u /tmp/proxy.sock -p 8006
  error: cannot set --unix-socket and --port at the same time
  $ kubectl proxy --keepalive=soon
  error: invalid argument "soon" for "--keepalive" flag: time: invalid duration "soon"
  See 'kubectl proxy --help' for usage.
  $ kubectl proxy -p 8007 &
  [1] 2482
  Starting to serve on 127.0.0.1:8007
  $ curl -s localhost:8007/livez; echo
  ok
  $ sudo podman stop tk8s-control-plane >/dev/null 2>&1
  $ curl -si localhost:8007/livez
  E0423 07:25:10.000000   23110 proxy_server.go:147] Error while proxying request: dial tcp 172.22.0.1:6443: connect: connection refused
  HTTP/1.1 500 Internal Server Error
  Content-Type: text/plain; charset=utf-8
  X-Content-Type-Options: nosniff
  Date: Wed, 23 Apr 2025 07:25:10 GMT
  Content-Length: 54
  
  dial tcp 172.22.0.1:6443: connect: connection refused
  $ kill %1
  $ curl -s localhost:8007/livez
  [1]+  Terminated              kubectl proxy -p 8007
  $ echo $?
  7
  $ kubectl proxy --www=/nonexistent -p 8008
  W0423 07:25:10.000000   23110 proxy.go:200] Failed to stat static file directory /nonexistent: stat /nonexistent: no such file or directory
  Starting to serve on 127.0.0.1:8008
  $ kubectl proxy --www=/etc/hostname -p 8009
  W0423 07:25:10.000000   23110 proxy.go:202] Static file directory /etc/hostname is not a directory
  Starting to serve on 127.0.0.1:8009
