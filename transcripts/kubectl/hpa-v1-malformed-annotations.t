An autoscaling/v1 round-trip annotation that does not decode into its Go type is passed over,
as kube-apiserver 1.32's conversion does ("only move well-formed data from annotations to
fields"): the HPA is created without it, and a behavior that decodes to nothing is no behavior.
A metrics annotation with one value of the wrong type is passed over whole; the quantities of
one that decodes are stored canonical (1024Mi is 1Gi).
A replace of an autoscaling/v2 HPA is decoded and defaulted again, like a create: minReplicas,
the CPU target and the behavior's rules are filled in.
  $ kubectl create deployment web --image=nginx
  deployment.apps/web created
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: autoscaling/v1
  > kind: HorizontalPodAutoscaler
  > metadata:
  >   name: bad
  >   annotations:
  >     autoscaling.alpha.kubernetes.io/metrics: 'not json'
  >     autoscaling.alpha.kubernetes.io/behavior: '{"ScaleUp":5}'
  > spec:
  >   scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  >   maxReplicas: 3
  > EOF
  horizontalpodautoscaler.autoscaling/bad created
  $ kubectl get hpa bad -o jsonpath='{.spec.metrics[*].resource.name} [{.spec.behavior}]{"\n"}'
  cpu []
  $ kubectl get hpa bad -o yaml | grep -c '^    autoscaling.alpha'
  0
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: autoscaling/v1
  > kind: HorizontalPodAutoscaler
  > metadata:
  >   name: empty
  >   annotations:
  >     autoscaling.alpha.kubernetes.io/behavior: '{"scaleUp":null}'
  > spec:
  >   scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  >   maxReplicas: 3
  > EOF
  horizontalpodautoscaler.autoscaling/empty created
  $ kubectl get hpa empty -o jsonpath='[{.spec.behavior}]{"\n"}'
  []
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: autoscaling/v1
  > kind: HorizontalPodAutoscaler
  > metadata:
  >   name: slow
  >   annotations:
  >     autoscaling.alpha.kubernetes.io/behavior: '{"scaleDown":{"stabilizationWindowSeconds":30}}'
  > spec:
  >   scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  >   maxReplicas: 3
  > EOF
  horizontalpodautoscaler.autoscaling/slow created
  $ kubectl get hpa slow -o jsonpath='{.spec.behavior.scaleDown}{"\n"}'
  {"policies":[{"periodSeconds":15,"type":"Percent","value":100}],"selectPolicy":"Max","stabilizationWindowSeconds":30}
  $ cat > v2.yaml <<EOF
  > apiVersion: autoscaling/v2
  > kind: HorizontalPodAutoscaler
  > metadata:
  >   name: bad
  > spec:
  >   scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  >   maxReplicas: 4
  >   behavior:
  >     scaleUp:
  >       stabilizationWindowSeconds: 10
  > EOF
  $ kubectl replace -f v2.yaml
  horizontalpodautoscaler.autoscaling/bad replaced
  $ kubectl get hpa bad -o jsonpath='{.spec.minReplicas} {.spec.maxReplicas} {.spec.metrics[0].resource.target} {.spec.behavior.scaleUp}{"\n"}'
  1 4 {"averageUtilization":80,"type":"Utilization"} {"policies":[{"periodSeconds":15,"type":"Pods","value":4},{"periodSeconds":15,"type":"Percent","value":100}],"selectPolicy":"Max","stabilizationWindowSeconds":10}
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: autoscaling/v1
  > kind: HorizontalPodAutoscaler
  > metadata:
  >   name: typed
  >   annotations:
  >     autoscaling.alpha.kubernetes.io/metrics: '[{"type":"Resource","resource":{"name":"memory","targetAverageValue":"1Gi"}},{"type":"Pods","pods":{"metricName":"qps","targetAverageValue":true}}]'
  > spec:
  >   scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  >   maxReplicas: 3
  >   targetCPUUtilizationPercentage: 50
  > EOF
  horizontalpodautoscaler.autoscaling/typed created
  $ kubectl get hpa typed -o jsonpath='{.spec.metrics}{"\n"}'
  [{"resource":{"name":"cpu","target":{"averageUtilization":50,"type":"Utilization"}},"type":"Resource"}]
  $ cat <<EOF | kubectl apply -f -
  > apiVersion: autoscaling/v1
  > kind: HorizontalPodAutoscaler
  > metadata:
  >   name: quantities
  >   annotations:
  >     autoscaling.alpha.kubernetes.io/metrics: '[{"type":"Resource","resource":{"name":"memory","targetAverageValue":"1024Mi"}},{"type":"Pods","pods":{"metricName":"qps","targetAverageValue":"1000m"}}]'
  > spec:
  >   scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  >   maxReplicas: 3
  > EOF
  horizontalpodautoscaler.autoscaling/quantities created
  $ kubectl get hpa quantities -o jsonpath='{.spec.metrics}{"\n"}'
  [{"resource":{"name":"memory","target":{"averageValue":"1Gi","type":"AverageValue"}},"type":"Resource"},{"pods":{"metric":{"name":"qps"},"target":{"averageValue":"1","type":"AverageValue"}},"type":"Pods"}]
