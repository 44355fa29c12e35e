Each kubelet of the lab takes at most 80 pods (maxPods in its KubeletConfiguration). 250 replicas
fill every node to 80, counting the system pods already there; the rest stay Pending, and the
scheduler says the nodes have too many pods.
  $ sudo podman exec tk8s-worker1 grep maxPods /var/lib/kubelet/config.yaml
  maxPods: 80
  $ kubectl get node tk8s-worker1 -o jsonpath='{.status.allocatable.pods}{"\n"}'
  80
  $ kubectl create deployment many --image=nginx --replicas=250
  deployment.apps/many created
  $ sleep 20
  $ kubectl get deploy many
  NAME   READY     UP-TO-DATE   AVAILABLE   AGE
  many   224/250   250          224         20s
  $ kubectl get pods -A --field-selector=spec.nodeName=tk8s-worker1 --no-headers | wc -l
  80
  $ kubectl get pods --field-selector=status.phase=Pending --no-headers | wc -l
  26
  $ kubectl get events --field-selector reason=FailedScheduling | head -2
  LAST SEEN   TYPE      REASON             OBJECT                      MESSAGE
  9s          Warning   FailedScheduling   pod/many-67f65548db-2qq2t   0/3 nodes are available: 3 Too many pods. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.
  $ kubectl describe node tk8s-worker1 | grep -e 'Non-terminated' -e '^  pods'
    pods:               80
    pods:               80
  Non-terminated Pods:          (80 in total)
