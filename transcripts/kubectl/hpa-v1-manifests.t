An autoscaling/v1 HorizontalPodAutoscaler manifest is created, applied, replaced and deleted
as it is: the apiserver stores it as autoscaling/v2 (the CPU target becomes a Resource metric,
minReplicas defaults to 1) and answers in the version asked for. apply's three-way merge works
on the v1 form.
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ cat <<EOF > hpa-v1.yaml
  > apiVersion: autoscaling/v1
  > kind: HorizontalPodAutoscaler
  > metadata:
  >   name: web
  > spec:
  >   scaleTargetRef:
  >     apiVersion: apps/v1
  >     kind: Deployment
  >     name: web
  >   maxReplicas: 5
  >   targetCPUUtilizationPercentage: 60
  > EOF
  $ kubectl apply -f hpa-v1.yaml
  horizontalpodautoscaler.autoscaling/web created
  $ kubectl get hpa.v2.autoscaling web -o jsonpath='{.spec.minReplicas} {.spec.metrics}{"\n"}'
  1 [{"resource":{"name":"cpu","target":{"averageUtilization":60,"type":"Utilization"}},"type":"Resource"}]
  $ sed -i 's/maxReplicas: 5/maxReplicas: 4/' hpa-v1.yaml
  $ kubectl apply -f hpa-v1.yaml
  horizontalpodautoscaler.autoscaling/web configured
  $ kubectl get hpa.v1.autoscaling web -o yaml
  apiVersion: autoscaling/v1
  kind: HorizontalPodAutoscaler
  metadata:
    annotations:
      kubectl.kubernetes.io/last-applied-configuration: |
        {"apiVersion":"autoscaling/v1","kind":"HorizontalPodAutoscaler","metadata":{"annotations":{},"name":"web","namespace":"default"},"spec":{"maxReplicas":4,"scaleTargetRef":{"apiVersion":"apps/v1","kind":"Deployment","name":"web"},"targetCPUUtilizationPercentage":60}}
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: web
    namespace: default
    resourceVersion: "177"
    uid: c5708edf-4a0d-4658-949c-e8519bc41e41
  spec:
    maxReplicas: 4
    minReplicas: 1
    scaleTargetRef:
      apiVersion: apps/v1
      kind: Deployment
      name: web
    targetCPUUtilizationPercentage: 60
  status:
    currentReplicas: 0
    desiredReplicas: 0
  $ kubectl get hpa web
  NAME   REFERENCE        TARGETS              MINPODS   MAXPODS   REPLICAS   AGE
  web    Deployment/web   cpu: <unknown>/60%   1         4         0          0s
  $ sed -i 's/60/75/' hpa-v1.yaml
  $ kubectl replace -f hpa-v1.yaml
  horizontalpodautoscaler.autoscaling/web replaced
  $ kubectl get hpa web -o jsonpath='{.apiVersion} {.spec.metrics[0].resource.target.averageUtilization}{"\n"}'
  autoscaling/v2 75
  $ kubectl delete -f hpa-v1.yaml
  horizontalpodautoscaler.autoscaling "web" deleted
  $ kubectl create -f hpa-v1.yaml -o yaml
  apiVersion: autoscaling/v1
  kind: HorizontalPodAutoscaler
  metadata:
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: web
    namespace: default
    resourceVersion: "180"
    uid: d54bbf9b-c90d-4d87-90bb-4cbc2e35aca1
  spec:
    maxReplicas: 4
    minReplicas: 1
    scaleTargetRef:
      apiVersion: apps/v1
      kind: Deployment
      name: web
    targetCPUUtilizationPercentage: 75
  status:
    currentReplicas: 0
    desiredReplicas: 0

A v1 manifest without a CPU target gets the default one, 80%.
  $ sed -i '/targetCPU/d' hpa-v1.yaml
  $ kubectl replace -f hpa-v1.yaml -o jsonpath='{.spec.targetCPUUtilizationPercentage}{"\n"}'
  80
