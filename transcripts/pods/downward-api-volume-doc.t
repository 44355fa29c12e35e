The task "Expose Pod Information to Containers Through Files": the downward API writes the pod's
labels and annotations into files, and the container's loop prints them every five seconds
(`[[ -e ]]` is busybox ash's, `echo -en '\n\n'` two empty lines). A label or annotation added
later makes the kubelet sync the pod and rewrite the files, so the loop prints the new ones
from then on.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: v1
  > kind: Pod
  > metadata:
  >   name: kubernetes-downwardapi-volume-example
  >   labels:
  >     zone: us-est-coast
  >     cluster: test-cluster1
  >     rack: rack-22
  >   annotations:
  >     build: two
  >     builder: john-doe
  > spec:
  >   containers:
  >     - name: client-container
  >       image: registry.k8s.io/busybox:1.27.2
  >       command: ["sh", "-c"]
  >       args:
  >       - while true; do
  >           if [[ -e /etc/podinfo/labels ]]; then
  >             echo -en '\n\n'; cat /etc/podinfo/labels; fi;
  >           if [[ -e /etc/podinfo/annotations ]]; then
  >             echo -en '\n\n'; cat /etc/podinfo/annotations; fi;
  >           sleep 5;
  >         done;
  >       volumeMounts:
  >         - name: podinfo
  >           mountPath: /etc/podinfo
  >   volumes:
  >     - name: podinfo
  >       downwardAPI:
  >         items:
  >           - path: "labels"
  >             fieldRef:
  >               fieldPath: metadata.labels
  >           - path: "annotations"
  >             fieldRef:
  >               fieldPath: metadata.annotations
  > EOF
  pod/kubernetes-downwardapi-volume-example created
  $ sleep 12
  $ kubectl get pods kubernetes-downwardapi-volume-example
  NAME                                    READY   STATUS    RESTARTS   AGE
  kubernetes-downwardapi-volume-example   1/1     Running   0          12s
  $ kubectl logs kubernetes-downwardapi-volume-example
  
  
  cluster="test-cluster1"
  rack="rack-22"
  zone="us-est-coast"
  
  build="two"
  builder="john-doe"
  kubectl.kubernetes.io/last-applied-configuration="{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"annotations\":{\"build\":\"two\",\"builder\":\"john-doe\"},\"labels\":{\"cluster\":\"test-cluster1\",\"rack\":\"rack-22\",\"zone\":\"us-est-coast\"},\"name\":\"kubernetes-downwardapi-volume-example\",\"namespace\":\"default\"},\"spec\":{\"containers\":[{\"args\":[\"while true; do if [[ -e /etc/podinfo/labels ]]; then echo -en '\\\\n\\\\n'; cat /etc/podinfo/labels; fi; if [[ -e /etc/podinfo/annotations ]]; then echo -en '\\\\n\\\\n'; cat /etc/podinfo/annotations; fi; sleep 5; done;\"],\"command\":[\"sh\",\"-c\"],\"image\":\"registry.k8s.io/busybox:1.27.2\",\"name\":\"client-container\",\"volumeMounts\":[{\"mountPath\":\"/etc/podinfo\",\"name\":\"podinfo\"}]}],\"volumes\":[{\"downwardAPI\":{\"items\":[{\"fieldRef\":{\"fieldPath\":\"metadata.labels\"},\"path\":\"labels\"},{\"fieldRef\":{\"fieldPath\":\"metadata.annotations\"},\"path\":\"annotations\"}]},\"name\":\"podinfo\"}]}}\n"
  
  cluster="test-cluster1"
  rack="rack-22"
  zone="us-est-coast"
  
  build="two"
  builder="john-doe"
  kubectl.kubernetes.io/last-applied-configuration="{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"annotations\":{\"build\":\"two\",\"builder\":\"john-doe\"},\"labels\":{\"cluster\":\"test-cluster1\",\"rack\":\"rack-22\",\"zone\":\"us-est-coast\"},\"name\":\"kubernetes-downwardapi-volume-example\",\"namespace\":\"default\"},\"spec\":{\"containers\":[{\"args\":[\"while true; do if [[ -e /etc/podinfo/labels ]]; then echo -en '\\\\n\\\\n'; cat /etc/podinfo/labels; fi; if [[ -e /etc/podinfo/annotations ]]; then echo -en '\\\\n\\\\n'; cat /etc/podinfo/annotations; fi; sleep 5; done;\"],\"command\":[\"sh\",\"-c\"],\"image\":\"registry.k8s.io/busybox:1.27.2\",\"name\":\"client-container\",\"volumeMounts\":[{\"mountPath\":\"/etc/podinfo\",\"name\":\"podinfo\"}]}],\"volumes\":[{\"downwardAPI\":{\"items\":[{\"fieldRef\":{\"fieldPath\":\"metadata.labels\"},\"path\":\"labels\"},{\"fieldRef\":{\"fieldPath\":\"metadata.annotations\"},\"path\":\"annotations\"}]},\"name\":\"podinfo\"}]}}\n"
  
  cluster="test-cluster1"
  rack="rack-22"
  zone="us-est-coast"
  
  build="two"
  builder="john-doe"
  $ kubectl exec kubernetes-downwardapi-volume-example -- cat /etc/podinfo/labels; echo
  cluster="test-cluster1"
  rack="rack-22"
  zone="us-est-coast"
  $ kubectl label pod kubernetes-downwardapi-volume-example tier=frontend
  pod/kubernetes-downwardapi-volume-example labeled
  $ kubectl annotate pod kubernetes-downwardapi-volume-example reviewer=jane
  pod/kubernetes-downwardapi-volume-example annotated
  $ sleep 6
  $ kubectl logs kubernetes-downwardapi-volume-example --tail=10
  reviewer="jane"
  
  cluster="test-cluster1"
  rack="rack-22"
  tier="frontend"
  zone="us-est-coast"
  
  build="two"
  builder="john-doe"
  kubectl.kubernetes.io/last-applied-configuration="{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"annotations\":{\"build\":\"two\",\"builder\":\"john-doe\"},\"labels\":{\"cluster\":\"test-cluster1\",\"rack\":\"rack-22\",\"zone\":\"us-est-coast\"},\"name\":\"kubernetes-downwardapi-volume-example\",\"namespace\":\"default\"},\"spec\":{\"containers\":[{\"args\":[\"while true; do if [[ -e /etc/podinfo/labels ]]; then echo -en '\\\\n\\\\n'; cat /etc/podinfo/labels; fi; if [[ -e /etc/podinfo/annotations ]]; then echo -en '\\\\n\\\\n'; cat /etc/podinfo/annotations; fi; sleep 5; done;\"],\"command\":[\"sh\",\"-c\"],\"image\":\"registry.k8s.io/busybox:1.27.2\",\"name\":\"client-container\",\"volumeMounts\":[{\"mountPath\":\"/etc/podinfo\",\"name\":\"podinfo\"}]}],\"volumes\":[{\"downwardAPI\":{\"items\":[{\"fieldRef\":{\"fieldPath\":\"metadata.labels\"},\"path\":\"labels\"},{\"fieldRef\":{\"fieldPath\":\"metadata.annotations\"},\"path\":\"annotations\"}]},\"name\":\"podinfo\"}]}}\n"
  $ kubectl logs kubernetes-downwardapi-volume-example | grep -c tier
  2
  $ kubectl delete pod kubernetes-downwardapi-volume-example --now
  pod "kubernetes-downwardapi-volume-example" deleted
