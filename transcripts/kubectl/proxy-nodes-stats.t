The kubelet's /stats/summary through the node proxy: the node's and each running pod's CPU and
memory, the same figures kubectl top shows (the working set; CPU in nanocores, and its total
since each start at that steady rate), stamped with the clock, in the Summary API's field order
and as go-restful writes an entity: indented by one space, with no closing newline.
  $ kubectl top node tk8s-worker1
  NAME           CPU(cores)   CPU(%)   MEMORY(bytes)   MEMORY(%)   
  tk8s-worker1   82m          2%       783Mi           4%          
  $ kubectl get --raw /api/v1/nodes/tk8s-worker1/proxy/stats/summary | jq .node
  {
    "nodeName": "tk8s-worker1",
    "startTime": "2025-04-23T00:41:00Z",
    "cpu": {
      "time": "2025-04-23T07:25:00Z",
      "usageNanoCores": 82000000,
      "usageCoreNanoSeconds": 1969105000000
    },
    "memory": {
      "time": "2025-04-23T07:25:00Z",
      "availableBytes": 15947051008,
      "workingSetBytes": 821035008
    }
  }
  $ kubectl top pod goweb
  NAME    CPU(cores)   MEMORY(bytes)   
  goweb   1m           5Mi             
  $ kubectl get --raw /api/v1/nodes/tk8s-worker1/proxy/stats/summary | jq '.pods[] | select(.podRef.name == "goweb")'
  {
    "podRef": {
      "name": "goweb",
      "namespace": "default",
      "uid": "24fbb503-1a1f-4923-9620-66a21ff6bd80"
    },
    "startTime": "2025-04-23T05:49:37Z",
    "containers": [
      {
        "name": "goweb",
        "startTime": "2025-04-23T05:49:39Z",
        "cpu": {
          "time": "2025-04-23T07:25:00Z",
          "usageNanoCores": 1000000,
          "usageCoreNanoSeconds": 5721000000
        },
        "memory": {
          "time": "2025-04-23T07:25:00Z",
          "workingSetBytes": 5242880
        }
      }
    ],
    "cpu": {
      "time": "2025-04-23T07:25:00Z",
      "usageNanoCores": 1000000,
      "usageCoreNanoSeconds": 5721000000
    },
    "memory": {
      "time": "2025-04-23T07:25:00Z",
      "workingSetBytes": 5242880
    }
  }
  $ kubectl get --raw /api/v1/nodes/tk8s-worker1/proxy/stats/summary | tail -3; echo
    }
   ]
  }
A static pod is named by the kubelet's UID for it, its manifest's hash. The pods come in the
order of a Go map: another one each time.
  $ kubectl get --raw /api/v1/nodes/tk8s-control-plane/proxy/stats/summary | jq -r '.pods[] | select(.podRef.name == "etcd-tk8s-control-plane") | .podRef.uid'
  362c83f3044831fcc06a09fe4ed10470
  $ kubectl get --raw /api/v1/nodes/tk8s-control-plane/proxy/stats/summary | jq -r '.pods[].podRef.name'
  kube-scheduler-tk8s-control-plane
  canal-rv6n7
  kube-controller-manager-tk8s-control-plane
  kube-apiserver-tk8s-control-plane
  calico-kube-controllers-6b65fb5f89-66t62
  coredns-66967f4c59-zkpkl
  kube-proxy-tpn5w
  coredns-66967f4c59-sc4gn
  etcd-tk8s-control-plane
  $ kubectl get --raw /api/v1/nodes/tk8s-control-plane/proxy/stats/summary | jq -r '.pods[].podRef.name'
  calico-kube-controllers-6b65fb5f89-66t62
  coredns-66967f4c59-zkpkl
  kube-apiserver-tk8s-control-plane
  kube-proxy-tpn5w
  coredns-66967f4c59-sc4gn
  etcd-tk8s-control-plane
  kube-scheduler-tk8s-control-plane
  canal-rv6n7
  kube-controller-manager-tk8s-control-plane
Under a memory limit, what it leaves above the working set is available; the pod's cgroup has
a limit when each of its containers has one.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: capped
  > spec:
  >   nodeName: tk8s-worker2
  >   containers:
  >   - name: web
  >     image: nginx
  >     resources:
  >       limits:
  >         memory: 64Mi
  > EOF
  pod/capped created
  $ sleep 30
  $ kubectl get --raw /api/v1/nodes/tk8s-worker2/proxy/stats/summary | jq -c '.pods[] | select(.podRef.name == "capped") | .memory, .containers[0].memory'
  {"time":"2025-04-23T07:25:30Z","availableBytes":57671680,"workingSetBytes":9437184}
  {"time":"2025-04-23T07:25:30Z","availableBytes":57671680,"workingSetBytes":9437184}
The stats and pods routes are go-restful's, registered for GET (and POST for the stats): a HEAD
request is refused with 405 and the methods they take, and a path below them that no route
takes is go-restful's own 404. The ServeMux's handlers (/healthz, /configz) answer HEAD.
  $ kubectl proxy > /dev/null &
  [1] 2482
  $ curl -I localhost:8001/api/v1/nodes/tk8s-worker1/proxy/pods
  HTTP/1.1 405 Method Not Allowed
  Allow: GET
  Audit-Id: 7e4b8d99-cbcb-4a75-8f4f-39af4252cf88
  Cache-Control: no-cache, private
  Content-Length: 23
  Content-Type: text/plain; charset=utf-8
  Date: Wed, 23 Apr 2025 07:25:30 GMT
  
  $ curl -I localhost:8001/api/v1/nodes/tk8s-worker1/proxy/stats/summary
  HTTP/1.1 405 Method Not Allowed
  Allow: GET, POST
  Audit-Id: 9f894638-0fb9-4c61-b901-d0256ee8967a
  Cache-Control: no-cache, private
  Content-Length: 23
  Content-Type: text/plain; charset=utf-8
  Date: Wed, 23 Apr 2025 07:25:30 GMT
  
  $ curl -I localhost:8001/api/v1/nodes/tk8s-worker1/proxy/configz
  HTTP/1.1 200 OK
  Audit-Id: d3fd94b7-3426-4cdd-b584-2284ce4cba60
  Cache-Control: no-cache, private
  Content-Length: 2791
  Content-Type: application/json
  Date: Wed, 23 Apr 2025 07:25:30 GMT
  X-Content-Type-Options: nosniff
  
  $ curl -i localhost:8001/api/v1/nodes/tk8s-worker1/proxy/pods/extra
  HTTP/1.1 404 Not Found
  Audit-Id: 96dbe8a3-3a20-4ef2-829e-85e212a824b1
  Cache-Control: no-cache, private
  Content-Length: 19
  Content-Type: text/plain; charset=utf-8
  Date: Wed, 23 Apr 2025 07:25:30 GMT
  
  404: Page Not Found (no-eol)
  $ curl -i localhost:8001/api/v1/nodes/tk8s-worker1/proxy/stats/container
  HTTP/1.1 404 Not Found
  Audit-Id: 3e69c8a4-6dea-49fd-9352-ff238651fe56
  Cache-Control: no-cache, private
  Content-Length: 19
  Content-Type: text/plain; charset=utf-8
  Date: Wed, 23 Apr 2025 07:25:30 GMT
  
  404: Page Not Found (no-eol)
/stats without its slash is the ServeMux's redirect to the web service's root (the apiserver
rewrites the Location, not the page); get --raw follows it, to go-restful's 404.
  $ curl -i localhost:8001/api/v1/nodes/tk8s-worker1/proxy/stats
  HTTP/1.1 301 Moved Permanently
  Audit-Id: 08f72654-55e9-422b-9ebe-a97ed3ea4274
  Cache-Control: no-cache, private
  Content-Length: 42
  Content-Type: text/html; charset=utf-8
  Date: Wed, 23 Apr 2025 07:25:30 GMT
  Location: /api/v1/nodes/tk8s-worker1/proxy/stats/
  
  <a href="/stats/">Moved Permanently</a>.
  
  $ kubectl get --raw /api/v1/nodes/tk8s-worker1/proxy/stats
  Error from server (NotFound): the server could not find the requested resource
