kubectl's deprecated --record keeps the command line in the object's kubernetes.io/change-cause
annotation: the words first, then every flag as --name=value in the order typed. A Deployment
passes the annotation to its ReplicaSet, so rollout history shows it as CHANGE-CAUSE. Each use
of the flag prints pflag's deprecation notice; verbs without it refuse it.
  $ kubectl create deployment web --image=nginx:1.26
  deployment.apps/web created
  $ kubectl set image deployment/web nginx=nginx:1.27 --record
  Flag --record has been deprecated, --record will be removed in the future
  deployment.apps/web image updated
  $ sleep 30
  $ kubectl rollout history deployment/web
  deployment.apps/web 
  REVISION  CHANGE-CAUSE
  1         <none>
  2         kubectl set image deployment/web nginx=nginx:1.27 --record=true
  
  $ kubectl -n default scale --record=1 deploy web --replicas 2
  Flag --record has been deprecated, --record will be removed in the future
  deployment.apps/web scaled
  $ kubectl get deploy web -o jsonpath='{.metadata.annotations.kubernetes\.io/change-cause}{"\n"}'
  kubectl scale deploy web --namespace=default --record=1 --replicas=2
  $ kubectl rollout history deployment/web
  deployment.apps/web 
  REVISION  CHANGE-CAUSE
  1         <none>
  2         kubectl scale deploy web --namespace=default --record=1 --replicas=2
  
  $ kubectl annotate deploy web team=blue --record
  Flag --record has been deprecated, --record will be removed in the future
  deployment.apps/web annotated
  $ kubectl get deploy web -o jsonpath='{.metadata.annotations.kubernetes\.io/change-cause}{"\n"}'
  kubectl annotate deploy web team=blue --record=true
  $ kubectl patch deploy web -p '{"spec":{"revisionHistoryLimit":5}}' --record
  Flag --record has been deprecated, --record will be removed in the future
  deployment.apps/web patched
  $ kubectl get deploy web -o jsonpath='{.metadata.annotations.kubernetes\.io/change-cause}{"\n"}'
  kubectl patch deploy web --patch={"spec":{"revisionHistoryLimit":5}} --record=true
  $ kubectl set resources deploy web --limits=cpu=200m --record --record=false
  Flag --record has been deprecated, --record will be removed in the future
  Flag --record has been deprecated, --record will be removed in the future
  deployment.apps/web resource requirements updated
  $ kubectl get deploy web -o jsonpath='{.metadata.annotations.kubernetes\.io/change-cause}{"\n"}'
  kubectl patch deploy web --patch={"spec":{"revisionHistoryLimit":5}} --record=true
  $ kubectl run probe --image=busybox --record --dry-run=client -o yaml -- sleep 3600
  Flag --record has been deprecated, --record will be removed in the future
  apiVersion: v1
  kind: Pod
  metadata:
    annotations:
      kubernetes.io/change-cause: kubectl run probe sleep 3600 --image=busybox --record=true
        --dry-run=client --output=yaml
    creationTimestamp: null
    labels:
      run: probe
    name: probe
  spec:
    containers:
    - args:
      - sleep
      - "3600"
      image: busybox
      name: probe
      resources: {}
    dnsPolicy: ClusterFirst
    restartPolicy: Always
  status: {}
  $ kubectl expose deploy web --port=80 --record -o jsonpath='{.metadata.annotations}{"\n"}'
  Flag --record has been deprecated, --record will be removed in the future
  {"kubernetes.io/change-cause":"kubectl expose deploy web --port=80 --record=true --output=jsonpath={.metadata.annotations}{\"\\n\"}"}
  $ kubectl set env deploy/web MODE=blue --record
  error: unknown flag: --record
  See 'kubectl set env --help' for usage.
  $ kubectl create deployment other --image=nginx --record
  error: unknown flag: --record
  See 'kubectl create deployment --help' for usage.
  $ kubectl rollout undo deploy/web --record
  error: unknown flag: --record
  See 'kubectl rollout undo --help' for usage.
