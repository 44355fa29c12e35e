kube-controller-manager talks to the apiserver through one client per controller, each allowed 30
requests at once and then 20 a second (its --kube-api-qps and --kube-api-burst, which kubeadm
leaves at their defaults). So a ReplicaSet asked for 100 pods has 30 at once and the rest over
the next few seconds:
  $ kubectl create deployment big --image=nginx --replicas=100
  deployment.apps/big created
  $ kubectl get rs
  NAME            DESIRED   CURRENT   READY   AGE
  big-b99794f9c   100       30        0       0s
  $ sleep 2
  $ kubectl get rs
  NAME            DESIRED   CURRENT   READY   AGE
  big-b99794f9c   100       70        0       2s
  $ sleep 10
  $ kubectl get deploy big
  NAME   READY     UP-TO-DATE   AVAILABLE   AGE
  big    100/100   100          100         12s
A typo that asks for two billion replicas does not stop the cluster: the pods come at the same
pace, and most wait for a node (each takes at most 80 pods), until the count is put right.
  $ kubectl scale deploy big --replicas=2000000000
  deployment.apps/big scaled
  $ sleep 10
  $ kubectl get rs
  NAME            DESIRED      CURRENT   READY   AGE
  big-b99794f9c   2000000000   330       224     22s
  $ kubectl get pods --field-selector=status.phase=Pending --no-headers | wc -l
  106
  $ kubectl scale deploy big --replicas=3
  deployment.apps/big scaled
  $ sleep 60
  $ kubectl get rs
  NAME            DESIRED   CURRENT   READY   AGE
  big-b99794f9c   3         3         3       82s
  $ kubectl get pods -l app=big
  NAME                  READY   STATUS    RESTARTS   AGE
  big-b99794f9c-wnxrh   1/1     Running   0          82s
  big-b99794f9c-xsxs2   1/1     Running   0          82s
  big-b99794f9c-zhxrz   1/1     Running   0          82s
