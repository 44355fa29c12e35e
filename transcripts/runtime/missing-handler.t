A RuntimeClass whose handler no node's containerd has configured: the pod is admitted and
scheduled, but the kubelet cannot make its sandbox. It stays ContainerCreating and the kubelet
tries again about every 10 to 15 seconds; after ten similar failures the event recorder
combines them.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: node.k8s.io/v1
  > kind: RuntimeClass
  > metadata:
  >   name: kata
  > handler: kata
  > EOF
  runtimeclass.node.k8s.io/kata created
  $ kubectl run vm --image=nginx --overrides='{"spec":{"runtimeClassName":"kata"}}'
  pod/vm created
  $ sleep 30
  $ kubectl get pod vm -o wide
  NAME   READY   STATUS              RESTARTS   AGE   IP       NODE           NOMINATED NODE   READINESS GATES
  vm     0/1     ContainerCreating   0          30s   <none>   tk8s-worker2   <none>           <none>
  $ kubectl describe pod vm | tail -6
    Type     Reason                  Age   From               Message
    ----     ------                  ----  ----               -------
    Normal   Scheduled               30s   default-scheduler  Successfully assigned default/vm to tk8s-worker2
    Warning  FailedCreatePodSandBox  30s   kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = unable to get OCI runtime for sandbox "9f08d45f7f35bb73edc161af92bca67e344895d5af8e041a6f1e38d358ea7ee1": no runtime for "kata" is configured
    Warning  FailedCreatePodSandBox  19s   kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = unable to get OCI runtime for sandbox "f2448b5690aed5b9abdd2ca477835c32d6bc1779b647d0c4b50d50b6e2409e35": no runtime for "kata" is configured
    Warning  FailedCreatePodSandBox  6s    kubelet            Failed to create pod sandbox: rpc error: code = Unknown desc = unable to get OCI runtime for sandbox "16fc6070dc63e0ed8733cca8f90a099221dfa29cc55b40a8ac08851768ed1459": no runtime for "kata" is configured
  $ sleep 120
  $ kubectl get events --field-selector involvedObject.name=vm,reason=FailedCreatePodSandBox | tail -2
  55s         Warning   FailedCreatePodSandBox   pod/vm   Failed to create pod sandbox: rpc error: code = Unknown desc = unable to get OCI runtime for sandbox "73be13a9c3aeac8c6dd353725f26ea4e8bad2405e26a9a89b536e0e8612ee6d9": no runtime for "kata" is configured
  7s          Warning   FailedCreatePodSandBox   pod/vm   (combined from similar events): Failed to create pod sandbox: rpc error: code = Unknown desc = unable to get OCI runtime for sandbox "39d4727ab6c7f292cde9f11537633c0a04c498999ee2089fc308dcd5deaeb309": no runtime for "kata" is configured
  $ kubectl delete pod vm
  pod "vm" deleted
