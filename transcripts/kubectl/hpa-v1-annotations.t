What autoscaling/v1 cannot hold rides in autoscaling.alpha.kubernetes.io annotations of the v1
form: the other metrics, the behavior (as the internal type marshals it), the current metrics
and the conditions. Writing the v1 form back restores them (the other metrics before the CPU
target), and the annotations themselves are never stored, in whichever version they are sent.
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: autoscaling/v2
  > kind: HorizontalPodAutoscaler
  > metadata:
  >   name: web
  >   annotations:
  >     autoscaling.alpha.kubernetes.io/metrics: '[]'
  >     team: blue
  > spec:
  >   scaleTargetRef:
  >     apiVersion: apps/v1
  >     kind: Deployment
  >     name: web
  >   maxReplicas: 5
  >   metrics:
  >   - type: Resource
  >     resource:
  >       name: cpu
  >       target:
  >         type: Utilization
  >         averageUtilization: 50
  >   - type: Resource
  >     resource:
  >       name: memory
  >       target:
  >         type: AverageValue
  >         averageValue: 100Mi
  >   behavior:
  >     scaleDown:
  >       stabilizationWindowSeconds: 60
  > EOF
  horizontalpodautoscaler.autoscaling/web created
  $ sleep 20
  $ kubectl get hpa.v1.autoscaling web -o yaml | grep -v -e last-applied -e '"apiVersion":"autoscaling/v2"'
  apiVersion: autoscaling/v1
  kind: HorizontalPodAutoscaler
  metadata:
    annotations:
      autoscaling.alpha.kubernetes.io/behavior: '{"ScaleUp":{"StabilizationWindowSeconds":0,"SelectPolicy":"Max","Policies":[{"Type":"Pods","Value":4,"PeriodSeconds":15},{"Type":"Percent","Value":100,"PeriodSeconds":15}]},"ScaleDown":{"StabilizationWindowSeconds":60,"SelectPolicy":"Max","Policies":[{"Type":"Percent","Value":100,"PeriodSeconds":15}]}}'
      autoscaling.alpha.kubernetes.io/conditions: '[{"type":"AbleToScale","status":"True","lastTransitionTime":"2025-04-23T07:25:15Z","reason":"SucceededGetScale","message":"the
        HPA controller was able to get the target''s current scale"},{"type":"ScalingActive","status":"False","lastTransitionTime":"2025-04-23T07:25:15Z","reason":"FailedGetResourceMetric","message":"the
        HPA was unable to compute the replica count: failed to get cpu utilization:
        unable to get metrics for resource cpu: no metrics returned from resource metrics
        API"}]'
      autoscaling.alpha.kubernetes.io/current-metrics: '[{"type":""},{"type":""}]'
      autoscaling.alpha.kubernetes.io/metrics: '[{"type":"Resource","resource":{"name":"memory","targetAverageValue":"100Mi"}}]'
      team: blue
    creationTimestamp: "2025-04-23T07:25:00Z"
    name: web
    namespace: default
    resourceVersion: "186"
    uid: c5708edf-4a0d-4658-949c-e8519bc41e41
  spec:
    maxReplicas: 5
    minReplicas: 1
    scaleTargetRef:
      apiVersion: apps/v1
      kind: Deployment
      name: web
    targetCPUUtilizationPercentage: 50
  status:
    currentReplicas: 1
    desiredReplicas: 0
  $ kubectl get hpa.v1.autoscaling web -o yaml > v1.yaml
  $ sed -i 's/maxReplicas: 5/maxReplicas: 7/' v1.yaml
  $ kubectl replace -f v1.yaml
  horizontalpodautoscaler.autoscaling/web replaced
  $ kubectl get hpa web -o jsonpath='{.spec.maxReplicas} {.spec.metrics[*].resource.name} {.spec.behavior.scaleDown.stabilizationWindowSeconds} {.metadata.annotations.team}{"\n"}'
  7 memory cpu 60 blue
  $ kubectl get hpa web -o yaml | grep -c '^    autoscaling.alpha'
  0
  $ kubectl patch hpa.v1.autoscaling web -p '{"spec":{"targetCPUUtilizationPercentage":33}}'
  horizontalpodautoscaler.autoscaling/web patched
  $ kubectl get hpa web
  NAME   REFERENCE        TARGETS                                       MINPODS   MAXPODS   REPLICAS   AGE
  web    Deployment/web   memory: <unknown>/100Mi, cpu: <unknown>/33%   1         7         1          20s
