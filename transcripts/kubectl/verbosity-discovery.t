kubectl's aggregated discovery (api-resources, api-versions) asks /api and /apis for an
APIGroupDiscoveryList (apidiscovery.k8s.io/v2), and -v=9 logs the headers the discovery handler
sets, as kubectl 1.32 with client-go 1.32 does: the media type with the list's group, version
and kind, Cache-Control public, an ETag (the SHA-512 of the list as json.Marshal writes it) and
Vary: Accept. -v=8 logs the body, cut after 1024 bytes: each group's versions, each version's
resources with their subresources nested under them and their kinds.
  $ kubectl api-resources -v=9 2>&1 | grep -A13 'GET https://172.22.0.1:6443/api?timeout=32s' | cut -c1-160
  I0423 07:25:00.003700   23100 round_trippers.go:560] GET https://172.22.0.1:6443/api?timeout=32s 200 OK in 3 milliseconds
  I0423 07:25:00.003800   23100 round_trippers.go:577] HTTP Statistics: DNSLookup 0 ms Dial 0 ms TLSHandshake 1 ms ServerProcessing 1 ms Duration 3 ms
  I0423 07:25:00.003900   23100 round_trippers.go:584] Response Headers:
  I0423 07:25:00.004000   23100 round_trippers.go:587]     Audit-Id: edc4fb9f-94a7-4a5c-a488-f88265a956ab
  I0423 07:25:00.004100   23100 round_trippers.go:587]     Cache-Control: public
  I0423 07:25:00.004200   23100 round_trippers.go:587]     Content-Type: application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList
  I0423 07:25:00.004300   23100 round_trippers.go:587]     Date: Wed, 23 Apr 2025 07:25:00 GMT
  I0423 07:25:00.004400   23100 round_trippers.go:587]     Etag: "7E2E4FBD8CDC884130EBFEF64757F6BC507A8EA6A2EA8F94E05F1B6F207B4E183C63D6D6EA5513FDDC10FC16233248F9
  I0423 07:25:00.004500   23100 round_trippers.go:587]     Vary: Accept
  I0423 07:25:00.004600   23100 round_trippers.go:587]     X-Kubernetes-Pf-Flowschema-Uid: 40b8b618-229e-42e1-b651-e5240beabd16
  I0423 07:25:00.004700   23100 round_trippers.go:587]     X-Kubernetes-Pf-Prioritylevel-Uid: 295ac8ed-21a3-492d-8d1b-c552b8befa69
  I0423 07:25:00.004800   23100 discovery_client.go:253] "Response Body" body=<
  	{"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2","metadata":{},"items":[{"metadata":{"creationTimestamp":null},"versions":[{"version":"v1"
   >
  $ kubectl api-versions -v=8 2>&1 | grep 'Response Body' | cut -c1-400
  I0423 07:25:00.004900   23100 discovery_client.go:253] "Response Body" body="{\"kind\":\"APIGroupDiscoveryList\",\"apiVersion\":\"apidiscovery.k8s.io/v2\",\"metadata\":{},\"items\":[{\"metadata\":{\"creationTimestamp\":null},\"versions\":[{\"version\":\"v1\",\"resources\":[{\"resource\":\"bindings\",\"responseKind\":{\"group\":\"\",\"version\":\"\",\"kind\":\"Binding\"},\"scope\":\"Namespaced\",\"
  I0423 07:25:00.009400   23100 discovery_client.go:319] "Response Body" body="{\"kind\":\"APIGroupDiscoveryList\",\"apiVersion\":\"apidiscovery.k8s.io/v2\",\"metadata\":{},\"items\":[{\"metadata\":{\"name\":\"admissionregistration.k8s.io\",\"creationTimestamp\":null},\"versions\":[{\"version\":\"v1\",\"resources\":[{\"resource\":\"mutatingwebhookconfigurations\",\"responseKind\":{\"group\":\"\",\"v
