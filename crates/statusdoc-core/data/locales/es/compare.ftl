## Comparaciones: frases generadas. $a y $b son los códigos (el menor primero),
## $a-reason/$b-reason sus frases de motivo.

error-same-code = Compara el { $code } con un código distinto.

list-and = { $init } y { $last }
list-or = { $init } o { $last }

aspect-class = Clase y tipo de respuesta
aspect-scope = Alcance
aspect-next-step = Siguiente paso del cliente
aspect-senders = Quién la envía
aspect-methods = Peticiones a las que responde
aspect-headers = Encabezados
aspect-ack = Confirmación (ACK)
aspect-early-dialog = Diálogos tempranos
aspect-mid-dialog = Dentro de un diálogo
aspect-proxy = Tratamiento en los proxies
aspect-status = Estado en el registro
aspect-q850 = Correspondencia ISUP/Q.850
aspect-definition = Definición
aspect-typical-cause = Causa típica
aspect-fix = Cómo solucionarlo

heading-compare = { $a } frente a { $b }
heading-differences = Diferencias clave
heading-in-common = En común
heading-which = Cuál corresponde
heading-also-compare = Compara también
label-curated = Nota escrita a mano para esta pareja

compare-summary = { $a } { $a-reason } significa que { $a-when }, mientras que { $b } { $b-reason } significa que { $b-when }.

compare-unregistered = { $code } no es un código registrado: el cliente lo trata como { $default } (RFC 3261 §8.1.3.2), así que los datos que se comparan son los del { $default }.

compare-diff-class = { $a } es una respuesta { $a-final ->
    [yes] final
   *[no] provisional
} de la clase { $a-class } ({ $a-class-name }); { $b } es una respuesta { $b-final ->
    [yes] final
   *[no] provisional
} de la clase { $b-class } ({ $b-class-name }).
compare-common-class = Las dos son respuestas { $a-final ->
    [yes] finales
   *[no] provisionales
} de la clase { $a-class } ({ $a-class-name }).

compare-diff-scope = No hablan de lo mismo. { $a }: { $a-scope } { $b }: { $b-scope }
compare-common-scope = El alcance es el mismo para las dos. { $a-scope }

compare-diff-next-step = { $same-kind ->
    [yes] Las dos piden el mismo tipo de paso, pero no el mismo paso. Tras el { $a }: { $a-next } Tras el { $b }: { $b-next }
   *[no] El cliente hace algo distinto a continuación. Tras el { $a }: { $a-next } Tras el { $b }: { $b-next }
}

compare-diff-senders = Quién envía el { $a }: { $a-senders }. Quién envía el { $b }: { $b-senders }.
compare-common-senders = Quién envía los dos: { $a-senders }.

compare-diff-methods = El { $a } responde normalmente a { $a-methods }; el { $b }, a { $b-methods }.
compare-common-methods = Los dos responden normalmente a { $a-methods }.
compare-any-method = cualquier método

compare-diff-headers = El { $a } lleva { $a-headers }; el { $b } lleva { $b-headers }.
compare-common-headers = Los dos llevan { $a-headers }.
compare-header = { $name } ({ $level })
compare-no-header = ningún encabezado propio

compare-diff-ack = Cuando responden a un INVITE, se confirman de forma distinta. { $a }: { $a-ack } { $b }: { $b-ack }

compare-diff-early-dialog = Su efecto sobre los diálogos tempranos es distinto. { $a }: { $a-effect } { $b }: { $b-effect }
compare-common-early-dialog = Mismo efecto sobre los diálogos tempranos: { $a-effect }
compare-diff-mid-dialog = Como respuesta a una petición dentro de un diálogo ya establecido, no tienen el mismo efecto. { $a }: { $a-effect } { $b }: { $b-effect }
compare-common-mid-dialog = Mismo efecto dentro de un diálogo establecido: { $a-effect }

compare-diff-proxy = Los proxies los tratan de forma distinta. { $a }: { $a-proxy } { $b }: { $b-proxy }
compare-common-proxy = Los proxies tratan los dos igual: { $a-proxy }
compare-proxy-plain = El proxy la trata como cualquier otra respuesta de su clase, sin regla especial.

compare-diff-status = El { $a } está { $a-status ->
    [deprecated] obsoleto
    [reserved] solo reservado, y nunca debe enviarse
   *[current] en uso
}, mientras que el { $b } está { $b-status ->
    [deprecated] obsoleto
    [reserved] solo reservado, y nunca debe enviarse
   *[current] en uso
}.

compare-diff-q850 = { $a-mapped ->
        [no] La RFC 3398 no asigna ninguna causa ISUP al { $a }; hacia la red telefónica, la pasarela convierte el { $b } en { $b-cause } (RFC 3398 §8.2.6.1).
       *[yes] { $b-mapped ->
            [no] Hacia la red telefónica, la pasarela convierte el { $a } en { $a-cause }; la RFC 3398 no asigna ninguna causa ISUP al { $b } (RFC 3398 §8.2.6.1).
           *[yes] Hacia la red telefónica, la pasarela convierte el { $a } en { $a-cause } y el { $b } en { $b-cause } (RFC 3398 §8.2.6.1).
        }
    }
compare-common-q850 = Hacia la red telefónica, la pasarela convierte los dos en { $a-cause } (RFC 3398 §8.2.6.1).
compare-cause = la causa ISUP { $cause } ({ $name })

compare-diff-definition = El { $a } se define en la { $a-ref }; el { $b }, en la { $b-ref }.
compare-common-definition = Los dos se definen en la misma sección, { $a-ref }.

compare-diff-typical-cause = Causa típica del { $a }: { $a-text } Causa típica del { $b }: { $b-text }
compare-diff-fix = Para solucionar el { $a }: { $a-text } Para solucionar el { $b }: { $b-text }

compare-which-alternatives = { $same-next ->
    [yes] El { $a } y el { $b } pueden responder a la misma petición, y los dos llevan al cliente a { $a-next-short }. Envía el que corresponda a lo que el servidor sabe de verdad: el ingeniero que lee la traza se fía del código preciso.
   *[no] El { $a } y el { $b } pueden responder a la misma petición, y la elección importa porque el cliente reacciona de forma distinta: tras el { $a } va a { $a-next-short }; tras el { $b }, va a { $b-next-short }. Envía el que corresponda a lo que el servidor sabe de verdad.
}

compare-which-not = { $same-family ->
    [yes] El { $a } y el { $b } no son alternativas: responden a peticiones distintas ({ $a }: { $a-methods }; { $b }: { $b-methods }), así que nunca compiten por la misma.
   *[no] El { $a } y el { $b } no son alternativas y nunca compiten por la misma petición. { $a-flow } { $b-flow }
}
compare-flow-provisional = El { $code } llega mientras un INVITE sigue pendiente, antes de su respuesta final.
compare-flow-success = El { $code } cierra una transacción con éxito.
compare-flow-redirect = El { $code } cierra una transacción mandando al cliente a otra dirección.
compare-flow-failure = El { $code } cierra una transacción con un fallo.

compare-which-same-default = Cualquier elemento estándar trata el { $a } y el { $b } igual, porque un código no registrado cuenta como el código x00 de su clase (RFC 3261 §8.1.3.2); solo la intención del remitente, que la frase de motivo puede revelar, los distingue.
