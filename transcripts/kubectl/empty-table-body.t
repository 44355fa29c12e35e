An empty list's Table as the apiserver sends it, logged at -v=8: kinds printers.go does not know
(Role, LimitRange) go through the default table convertor, which appends rows to a nil slice,
so none is "rows":null; the printers' list handlers make an empty slice, "rows":[].
  $ kubectl create namespace quiet
  namespace/quiet created
  $ kubectl get roles -n quiet -v=8 2>&1 | grep -o '"rows.*'
  "rows":null}
  $ kubectl get limitranges -n quiet -v=9 2>&1 | grep -o '"rows.*'
  "rows":null}
  $ kubectl get pods -n quiet -v=10 2>&1 | grep -o '"rows.*'
  "rows":[]}
  $ kubectl get roles -n quiet
  No resources found in quiet namespace.
ResourceQuota's server table in 1.32: NAME, AGE, REQUEST, LIMIT (the order printers.go had
then), with no wide-only column.
  $ kubectl create quota team -n quiet --hard=pods=2,requests.cpu=1,limits.memory=1Gi
  resourcequota/team created
  $ kubectl get quota -n quiet
  NAME   AGE   REQUEST                        LIMIT
  team   0s    pods: 0/2, requests.cpu: 0/1   limits.memory: 0/1Gi
  $ kubectl get quota -n quiet -o wide
  NAME   AGE   REQUEST                        LIMIT
  team   0s    pods: 0/2, requests.cpu: 0/1   limits.memory: 0/1Gi
