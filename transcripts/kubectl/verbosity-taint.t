kubectl taint -v=8 logs its strategic merge patch (checked against kubectl.1.32 and a loopback
API server): taints are an atomic list, so the patch carries the node's whole new list, each
taint's keys sorted, or null once the last one is gone.
  $ kubectl taint nodes tk8s-worker1 dedicated=web:NoSchedule -v=8 2>&1 | grep 'helper.go:269\] "Request Body"' | cut -d']' -f2-
   "Request Body" body="{\"spec\":{\"taints\":[{\"effect\":\"NoSchedule\",\"key\":\"dedicated\",\"value\":\"web\"}]}}"
  $ kubectl taint nodes tk8s-worker1 tier=db:NoExecute -v=8 2>&1 | grep 'helper.go:269\] "Request Body"' | cut -d']' -f2-
   "Request Body" body="{\"spec\":{\"taints\":[{\"effect\":\"NoExecute\",\"key\":\"tier\",\"value\":\"db\"},{\"effect\":\"NoSchedule\",\"key\":\"dedicated\",\"value\":\"web\"}]}}"
  $ kubectl taint nodes tk8s-worker1 dedicated- tier- -v=8 2>&1 | grep 'helper.go:269\] "Request Body"' | cut -d']' -f2-
   "Request Body" body="{\"spec\":{\"taints\":null}}"
