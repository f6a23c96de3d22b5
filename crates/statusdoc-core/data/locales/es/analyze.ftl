## statusdoc analyze: ayuda, etiquetas y problemas de la captura.

cli-analyze-about = Lee capturas (pcap, pcapng, Network Monitor) o logs SIP («-» para la entrada estándar) y muestra cada llamada SIP: diagrama, desenlace y el significado de cada fallo
cli-analyze-files = Archivos de captura; varios se combinan en una misma línea de tiempo
cli-analyze-call = Solo la llamada con este Call-ID
cli-analyze-failed = Solo las llamadas que fallaron
cli-analyze-max-messages = Dejar de leer tras este número de mensajes SIP (el resto se informa, nunca se descarta en silencio)

analyze-summary = { $messages ->
    [one] Un mensaje SIP
   *[other] { $messages } mensajes SIP
}, { $calls ->
    [one] una llamada
   *[other] { $calls } llamadas
} ({ $failed } fallidas), { $errors ->
    [one] un problema
   *[other] { $errors } problemas
}.
analyze-call = Llamada { $call_id }
analyze-outcome = { $state ->
    [answered] contestada
    [failed] fallida
    [cancelled] cancelada
    [completed] completada
   *[incomplete] incompleta
}
analyze-setup = establecimiento { $seconds } s
analyze-duration = duración { $seconds } s
analyze-linked = tramos enlazados: { $calls }
analyze-retransmission = retransmisión
analyze-frame = trama { $frame }
analyze-problems = Problemas en la entrada
analyze-no-calls = No se ha encontrado ninguna llamada SIP.
analyze-cannot-open = No se puede abrir { $file }: { $reason }

analyze-problem-unknown-format = no es una captura que esta herramienta sepa leer (pcap, pcapng, Network Monitor 2.x) ni un log con mensajes SIP { $detail }
analyze-problem-damaged-file = el archivo termina a mitad de un bloque o está dañado { $detail }
analyze-problem-unsupported-link-type = el tipo de enlace { $detail } no tiene decodificador; se han omitido sus paquetes
analyze-problem-truncated = paquete cortado por el snaplen de la captura ({ $detail } bytes conservados)
analyze-problem-incomplete-fragments = fragmentos IP cuyas otras partes nunca llegaron ({ $detail })
analyze-problem-tcp-gap = faltan bytes en un flujo TCP ({ $detail }); se pierden los mensajes que cruzan el hueco
analyze-problem-tcp-incomplete = un flujo TCP terminó a mitad de un mensaje SIP ({ $detail })
analyze-problem-tls = TLS en un puerto SIP ({ $detail }): su SIP no se puede leer en una captura
analyze-problem-unparsable = parece SIP, pero no se puede interpretar: { $detail }
analyze-problem-not-sip = un datagrama en un puerto SIP que no es SIP ({ $detail })
analyze-problem-limit-reached = se alcanzó un límite ({ $detail }); lo que sigue no se ha leído
analyze-problem-no-call-id = un mensaje SIP sin Call-ID ({ $detail }): no pertenece a ninguna llamada
