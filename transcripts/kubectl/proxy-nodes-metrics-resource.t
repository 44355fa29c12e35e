The kubelet's /metrics/resource through the node proxy: the resource metrics collector's
families in Prometheus' text format, by name, over the same figures as /stats/summary (CPU as
core-seconds since each start, memory as the working set), each CPU and memory sample stamped
with its time in milliseconds, numbers as Go's %g writes them.
  $ kubectl run web --image=nginx --overrides='{"spec":{"nodeName":"tk8s-worker2"}}'
  pod/web created
  $ sleep 30
  $ kubectl get --raw /api/v1/nodes/tk8s-worker2/proxy/metrics/resource
  # HELP container_cpu_usage_seconds_total [STABLE] Cumulative cpu time consumed by the container in core-seconds
  # TYPE container_cpu_usage_seconds_total counter
  container_cpu_usage_seconds_total{container="calico-node",namespace="kube-system",pod="canal-ql5xj"} 509.628 1745393130000
  container_cpu_usage_seconds_total{container="kube-flannel",namespace="kube-system",pod="canal-ql5xj"} 48.536 1745393130000
  container_cpu_usage_seconds_total{container="kube-proxy",namespace="kube-system",pod="kube-proxy-4g4b7"} 24.268 1745393130000
  container_cpu_usage_seconds_total{container="local-path-provisioner",namespace="local-path-storage",pod="local-path-provisioner-84944977bd-fpmmz"} 24.268 1745393130000
  container_cpu_usage_seconds_total{container="web",namespace="default",pod="web"} 0.024 1745393130000
  # HELP container_memory_working_set_bytes [STABLE] Current working set of the container in bytes
  # TYPE container_memory_working_set_bytes gauge
  container_memory_working_set_bytes{container="calico-node",namespace="kube-system",pod="canal-ql5xj"} 1.23731968e+08 1745393130000
  container_memory_working_set_bytes{container="kube-flannel",namespace="kube-system",pod="canal-ql5xj"} 1.3631488e+07 1745393130000
  container_memory_working_set_bytes{container="kube-proxy",namespace="kube-system",pod="kube-proxy-4g4b7"} 1.7825792e+07 1745393130000
  container_memory_working_set_bytes{container="local-path-provisioner",namespace="local-path-storage",pod="local-path-provisioner-84944977bd-fpmmz"} 8.388608e+06 1745393130000
  container_memory_working_set_bytes{container="web",namespace="default",pod="web"} 9.437184e+06 1745393130000
  # HELP container_start_time_seconds [STABLE] Start time of the container since unix epoch in seconds
  # TYPE container_start_time_seconds gauge
  container_start_time_seconds{container="calico-node",namespace="kube-system",pod="canal-ql5xj"} 1.745368862e+09
  container_start_time_seconds{container="kube-flannel",namespace="kube-system",pod="canal-ql5xj"} 1.745368862e+09
  container_start_time_seconds{container="kube-proxy",namespace="kube-system",pod="kube-proxy-4g4b7"} 1.745368862e+09
  container_start_time_seconds{container="local-path-provisioner",namespace="local-path-storage",pod="local-path-provisioner-84944977bd-fpmmz"} 1.745368862e+09
  container_start_time_seconds{container="web",namespace="default",pod="web"} 1.745393106e+09
  # HELP node_cpu_usage_seconds_total [STABLE] Cumulative cpu time consumed by the node in core-seconds
  # TYPE node_cpu_usage_seconds_total counter
  node_cpu_usage_seconds_total 1893.034 1745393130000
  # HELP node_memory_working_set_bytes [STABLE] Current working set of the node in bytes
  # TYPE node_memory_working_set_bytes gauge
  node_memory_working_set_bytes 8.126464e+08 1745393130000
  # HELP pod_cpu_usage_seconds_total [STABLE] Cumulative cpu time consumed by the pod in core-seconds
  # TYPE pod_cpu_usage_seconds_total counter
  pod_cpu_usage_seconds_total{namespace="default",pod="web"} 0.024 1745393130000
  pod_cpu_usage_seconds_total{namespace="kube-system",pod="canal-ql5xj"} 558.164 1745393130000
  pod_cpu_usage_seconds_total{namespace="kube-system",pod="kube-proxy-4g4b7"} 24.268 1745393130000
  pod_cpu_usage_seconds_total{namespace="local-path-storage",pod="local-path-provisioner-84944977bd-fpmmz"} 24.268 1745393130000
  # HELP pod_memory_working_set_bytes [STABLE] Current working set of the pod in bytes
  # TYPE pod_memory_working_set_bytes gauge
  pod_memory_working_set_bytes{namespace="default",pod="web"} 9.437184e+06 1745393130000
  pod_memory_working_set_bytes{namespace="kube-system",pod="canal-ql5xj"} 1.37363456e+08 1745393130000
  pod_memory_working_set_bytes{namespace="kube-system",pod="kube-proxy-4g4b7"} 1.7825792e+07 1745393130000
  pod_memory_working_set_bytes{namespace="local-path-storage",pod="local-path-provisioner-84944977bd-fpmmz"} 8.388608e+06 1745393130000
  # HELP resource_scrape_error [STABLE] 1 if there was an error while getting container metrics, 0 otherwise
  # TYPE resource_scrape_error gauge
  resource_scrape_error 0
  $ kubectl get --raw /api/v1/nodes/tk8s-worker2/proxy/stats/summary | jq -c '.pods[] | select(.podRef.name == "web") | .containers[0] | [.startTime, .cpu.usageCoreNanoSeconds, .memory.workingSetBytes]'
  ["2025-04-23T07:25:06Z",24000000,9437184]
  $ kubectl get --raw /api/v1/nodes/tk8s-control-plane/proxy/metrics/resource | grep -c '^container_cpu_usage_seconds_total{'
  10
  $ kubectl proxy > /dev/null &
  [1] 2482
  $ curl -sI localhost:8001/api/v1/nodes/tk8s-worker2/proxy/metrics/resource | grep Content-Type
  Content-Type: text/plain; version=0.0.4; charset=utf-8; escaping=underscores
  $ curl -s localhost:8001/api/v1/nodes/tk8s-worker2/proxy/metrics/resource/
  404 page not found
