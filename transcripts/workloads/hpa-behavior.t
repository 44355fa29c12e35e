An autoscaling/v2 HorizontalPodAutoscaler written by hand: a memory target as an average value
(no requests needed) and a behavior that shortens the scale-down window. The apiserver fills in
the rest of the behavior with the default rules, which describe shows.
  $ kubectl create deployment web --image=nginx --replicas=2
  deployment.apps/web created
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: autoscaling/v2
  > kind: HorizontalPodAutoscaler
  > metadata:
  >   name: web
  > spec:
  >   scaleTargetRef:
  >     apiVersion: apps/v1
  >     kind: Deployment
  >     name: web
  >   minReplicas: 1
  >   maxReplicas: 4
  >   metrics:
  >   - type: Resource
  >     resource:
  >       name: memory
  >       target:
  >         type: AverageValue
  >         averageValue: 20Mi
  >   behavior:
  >     scaleDown:
  >       stabilizationWindowSeconds: 60
  >       policies:
  >       - type: Pods
  >         value: 1
  >         periodSeconds: 30
  > EOF
  horizontalpodautoscaler.autoscaling/web created
  $ kubectl get hpa web -o yaml | sed -n '/^spec:/,/^  maxReplicas/p'
  spec:
    behavior:
      scaleDown:
        policies:
        - periodSeconds: 30
          type: Pods
          value: 1
        selectPolicy: Max
        stabilizationWindowSeconds: 60
      scaleUp:
        policies:
        - periodSeconds: 15
          type: Pods
          value: 4
        - periodSeconds: 15
          type: Percent
          value: 100
        selectPolicy: Max
        stabilizationWindowSeconds: 0
    maxReplicas: 4
nginx holds 9Mi, under the 20Mi target: the autoscaler wants 1 pod, but waits out its
60-second window and then removes pods at most one per 30 seconds.
  $ sleep 75
  $ kubectl get hpa
  NAME   REFERENCE        TARGETS                MINPODS   MAXPODS   REPLICAS   AGE
  web    Deployment/web   memory: 9437184/20Mi   1         4         2          75s
  $ sleep 60
  $ kubectl get hpa
  NAME   REFERENCE        TARGETS                MINPODS   MAXPODS   REPLICAS   AGE
  web    Deployment/web   memory: 9437184/20Mi   1         4         1          2m15s
  $ kubectl describe hpa web
  Name:                       web
  Namespace:                  default
  Labels:                     <none>
  Annotations:                <none>
  CreationTimestamp:          Wed, 23 Apr 2025 07:25:00 +0000
  Reference:                  Deployment/web
  Metrics:                    ( current / target )
    resource memory on pods:  9437184 / 20Mi
  Min replicas:               1
  Max replicas:               4
  Behavior:
    Scale Up:
      Stabilization Window: 0 seconds
      Select Policy: Max
      Policies:
        - Type: Pods     Value: 4    Period: 15 seconds
        - Type: Percent  Value: 100  Period: 15 seconds
    Scale Down:
      Stabilization Window: 60 seconds
      Select Policy: Max
      Policies:
        - Type: Pods  Value: 1  Period: 30 seconds
  Deployment pods:    1 current / 1 desired
  Conditions:
    Type            Status  Reason              Message
    ----            ------  ------              -------
    AbleToScale     True    ReadyForNewScale    recommended size matches current size
    ScalingActive   True    ValidMetricFound    the HPA was able to successfully calculate a replica count from memory resource
    ScalingLimited  False   DesiredWithinRange  the desired count is within the acceptable range
  Events:
    Type     Reason                        Age                From                       Message
    ----     ------                        ----               ----                       -------
    Warning  FailedGetResourceMetric       105s (x2 over 2m)  horizontal-pod-autoscaler  failed to get memory usage: unable to get metrics for resource memory: no metrics returned from resource metrics API
    Warning  FailedComputeMetricsReplicas  105s (x2 over 2m)  horizontal-pod-autoscaler  invalid metrics (1 invalid out of 1), first error is: failed to get memory resource metric value: failed to get memory usage: unable to get metrics for resource memory: no metrics returned from resource metrics API
    Normal   SuccessfulRescale             60s                horizontal-pod-autoscaler  New size: 1; reason: All metrics below target
