The apiserver serves HorizontalPodAutoscalers as autoscaling/v2 and autoscaling/v1. kubectl 1.32's
autoscale still writes a v1 object (--cpu-percent is its only metric flag); reading it back as v1
shows targetCPUUtilizationPercentage and currentCPUUtilizationPercentage, and keeps what v1 has no
fields for (the current metrics, the conditions, any other metric) in annotations.
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: apps/v1
  > kind: Deployment
  > metadata:
  >   name: php-apache
  > spec:
  >   selector:
  >     matchLabels:
  >       run: php-apache
  >   template:
  >     metadata:
  >       labels:
  >         run: php-apache
  >     spec:
  >       containers:
  >       - name: php-apache
  >         image: registry.k8s.io/hpa-example
  >         ports:
  >         - containerPort: 80
  >         resources:
  >           limits:
  >             cpu: 500m
  >           requests:
  >             cpu: 200m
  > ---
  > apiVersion: v1
  > kind: Service
  > metadata:
  >   name: php-apache
  >   labels:
  >     run: php-apache
  > spec:
  >   ports:
  >   - port: 80
  >   selector:
  >     run: php-apache
  > EOF
  deployment.apps/php-apache created
  service/php-apache created
  $ kubectl autoscale deployment php-apache --cpu-percent=50 --min=1 --max=10
  horizontalpodautoscaler.autoscaling/php-apache autoscaled
  $ sleep 60
  $ kubectl api-versions | grep autoscaling
  autoscaling/v1
  autoscaling/v2
  $ kubectl get hpa.v1.autoscaling
  NAME         REFERENCE               TARGETS       MINPODS   MAXPODS   REPLICAS   AGE
  php-apache   Deployment/php-apache   cpu: 0%/50%   1         10        1          60s
  $ kubectl get hpa.v1.autoscaling php-apache -o yaml
  apiVersion: autoscaling/v1
  kind: HorizontalPodAutoscaler
  metadata:
    annotations:
      autoscaling.alpha.kubernetes.io/conditions: '[{"type":"AbleToScale","status":"True","lastTransitionTime":"2025-04-23T07:25:15Z","reason":"ScaleDownStabilized","message":"recent
        recommendations were higher than current one, applying the highest recent recommendation"},{"type":"ScalingActive","status":"True","lastTransitionTime":"2025-04-23T07:25:45Z","reason":"ValidMetricFound","message":"the
        HPA was able to successfully calculate a replica count from cpu resource utilization
        (percentage of request)"},{"type":"ScalingLimited","status":"False","lastTransitionTime":"2025-04-23T07:25:45Z","reason":"DesiredWithinRange","message":"the
        desired count is within the acceptable range"}]'
      autoscaling.alpha.kubernetes.io/current-metrics: '[{"type":"Resource","resource":{"name":"cpu","currentAverageUtilization":0,"currentAverageValue":"1m"}}]'
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: php-apache
    namespace: default
    resourceVersion: "194"
    uid: aeef603d-c1f1-497f-b794-b38d0885e0a2
  spec:
    maxReplicas: 10
    minReplicas: 1
    scaleTargetRef:
      apiVersion: apps/v1
      kind: Deployment
      name: php-apache
    targetCPUUtilizationPercentage: 50
  status:
    currentCPUUtilizationPercentage: 0
    currentReplicas: 1
    desiredReplicas: 1
  $ kubectl get hpa php-apache -o jsonpath='{.apiVersion} {.spec.metrics[0].resource.target}{"\n"}'
  autoscaling/v2 {"averageUtilization":50,"type":"Utilization"}
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: autoscaling/v2
  > kind: HorizontalPodAutoscaler
  > metadata:
  >   name: two-metrics
  > spec:
  >   scaleTargetRef:
  >     apiVersion: apps/v1
  >     kind: Deployment
  >     name: php-apache
  >   maxReplicas: 5
  >   metrics:
  >   - type: Resource
  >     resource:
  >       name: memory
  >       target:
  >         type: AverageValue
  >         averageValue: 100Mi
  >   - type: Resource
  >     resource:
  >       name: cpu
  >       target:
  >         type: Utilization
  >         averageUtilization: 60
  > EOF
  horizontalpodautoscaler.autoscaling/two-metrics created
  $ sleep 30
  $ kubectl get hpa.v1.autoscaling two-metrics -o jsonpath='{.spec.targetCPUUtilizationPercentage}{"\n"}{.metadata.annotations.autoscaling\.alpha\.kubernetes\.io/metrics}{"\n"}{.status}{"\n"}'
  60
  [{"type":"Resource","resource":{"name":"memory","targetAverageValue":"100Mi"}}]
  {"currentCPUUtilizationPercentage":0,"currentReplicas":1,"desiredReplicas":1}
  $ kubectl get hpa.v3.autoscaling
  error: the server doesn't have a resource type "hpa.v3.autoscaling"
