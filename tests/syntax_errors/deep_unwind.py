# expect: RuntimeError 214
def f(xs):
    for x in xs:
        try:
            pass
        except E as e:
            try:
                pass
            except E as e:
                try:
                    pass
                except E as e:
                    try:
                        pass
                    except E as e:
                        try:
                            pass
                        except E as e:
                            try:
                                pass
                            except E as e:
                                try:
                                    pass
                                except E as e:
                                    try:
                                        pass
                                    except E as e:
                                        try:
                                            pass
                                        except E as e:
                                            try:
                                                pass
                                            except E as e:
                                                try:
                                                    pass
                                                except E as e:
                                                    try:
                                                        pass
                                                    except E as e:
                                                        try:
                                                            pass
                                                        except E as e:
                                                            try:
                                                                pass
                                                            except E as e:
                                                                try:
                                                                    pass
                                                                except E as e:
                                                                    try:
                                                                        pass
                                                                    except E as e:
                                                                        try:
                                                                            pass
                                                                        except E as e:
                                                                            try:
                                                                                pass
                                                                            except E as e:
                                                                                try:
                                                                                    pass
                                                                                except E as e:
                                                                                    try:
                                                                                        pass
                                                                                    except E as e:
                                                                                        try:
                                                                                            pass
                                                                                        except E as e:
                                                                                            try:
                                                                                                pass
                                                                                            except E as e:
                                                                                                try:
                                                                                                    pass
                                                                                                except E as e:
                                                                                                    try:
                                                                                                        pass
                                                                                                    except E as e:
                                                                                                        try:
                                                                                                            pass
                                                                                                        except E as e:
                                                                                                            try:
                                                                                                                pass
                                                                                                            except E as e:
                                                                                                                try:
                                                                                                                    pass
                                                                                                                except E as e:
                                                                                                                    try:
                                                                                                                        pass
                                                                                                                    except E as e:
                                                                                                                        try:
                                                                                                                            pass
                                                                                                                        except E as e:
                                                                                                                            try:
                                                                                                                                pass
                                                                                                                            except E as e:
                                                                                                                                try:
                                                                                                                                    pass
                                                                                                                                except E as e:
                                                                                                                                    try:
                                                                                                                                        pass
                                                                                                                                    except E as e:
                                                                                                                                        try:
                                                                                                                                            pass
                                                                                                                                        except E as e:
                                                                                                                                            try:
                                                                                                                                                pass
                                                                                                                                            except E as e:
                                                                                                                                                try:
                                                                                                                                                    pass
                                                                                                                                                except E as e:
                                                                                                                                                    try:
                                                                                                                                                        pass
                                                                                                                                                    except E as e:
                                                                                                                                                        try:
                                                                                                                                                            pass
                                                                                                                                                        except E as e:
                                                                                                                                                            try:
                                                                                                                                                                pass
                                                                                                                                                            except E as e:
                                                                                                                                                                try:
                                                                                                                                                                    pass
                                                                                                                                                                except E as e:
                                                                                                                                                                    try:
                                                                                                                                                                        pass
                                                                                                                                                                    except E as e:
                                                                                                                                                                        try:
                                                                                                                                                                            pass
                                                                                                                                                                        except E as e:
                                                                                                                                                                            try:
                                                                                                                                                                                pass
                                                                                                                                                                            except E as e:
                                                                                                                                                                                try:
                                                                                                                                                                                    pass
                                                                                                                                                                                except E as e:
                                                                                                                                                                                    try:
                                                                                                                                                                                        pass
                                                                                                                                                                                    except E as e:
                                                                                                                                                                                        try:
                                                                                                                                                                                            pass
                                                                                                                                                                                        except E as e:
                                                                                                                                                                                            try:
                                                                                                                                                                                                pass
                                                                                                                                                                                            except E as e:
                                                                                                                                                                                                try:
                                                                                                                                                                                                    pass
                                                                                                                                                                                                except E as e:
                                                                                                                                                                                                    try:
                                                                                                                                                                                                        pass
                                                                                                                                                                                                    except E as e:
                                                                                                                                                                                                        try:
                                                                                                                                                                                                            pass
                                                                                                                                                                                                        except E as e:
                                                                                                                                                                                                            try:
                                                                                                                                                                                                                pass
                                                                                                                                                                                                            except E as e:
                                                                                                                                                                                                                try:
                                                                                                                                                                                                                    pass
                                                                                                                                                                                                                except E as e:
                                                                                                                                                                                                                    try:
                                                                                                                                                                                                                        pass
                                                                                                                                                                                                                    except E as e:
                                                                                                                                                                                                                        try:
                                                                                                                                                                                                                            pass
                                                                                                                                                                                                                        except E as e:
                                                                                                                                                                                                                            try:
                                                                                                                                                                                                                                pass
                                                                                                                                                                                                                            except E as e:
                                                                                                                                                                                                                                try:
                                                                                                                                                                                                                                    pass
                                                                                                                                                                                                                                except E as e:
                                                                                                                                                                                                                                    try:
                                                                                                                                                                                                                                        pass
                                                                                                                                                                                                                                    except E as e:
                                                                                                                                                                                                                                        try:
                                                                                                                                                                                                                                            pass
                                                                                                                                                                                                                                        except E as e:
                                                                                                                                                                                                                                            try:
                                                                                                                                                                                                                                                pass
                                                                                                                                                                                                                                            except E as e:
                                                                                                                                                                                                                                                try:
                                                                                                                                                                                                                                                    pass
                                                                                                                                                                                                                                                except E as e:
                                                                                                                                                                                                                                                    try:
                                                                                                                                                                                                                                                        pass
                                                                                                                                                                                                                                                    except E as e:
                                                                                                                                                                                                                                                        try:
                                                                                                                                                                                                                                                            pass
                                                                                                                                                                                                                                                        except E as e:
                                                                                                                                                                                                                                                            try:
                                                                                                                                                                                                                                                                pass
                                                                                                                                                                                                                                                            except E as e:
                                                                                                                                                                                                                                                                try:
                                                                                                                                                                                                                                                                    pass
                                                                                                                                                                                                                                                                except E as e:
                                                                                                                                                                                                                                                                    try:
                                                                                                                                                                                                                                                                        pass
                                                                                                                                                                                                                                                                    except E as e:
                                                                                                                                                                                                                                                                        try:
                                                                                                                                                                                                                                                                            pass
                                                                                                                                                                                                                                                                        except E as e:
                                                                                                                                                                                                                                                                            try:
                                                                                                                                                                                                                                                                                pass
                                                                                                                                                                                                                                                                            except E as e:
                                                                                                                                                                                                                                                                                try:
                                                                                                                                                                                                                                                                                    pass
                                                                                                                                                                                                                                                                                except E as e:
                                                                                                                                                                                                                                                                                    try:
                                                                                                                                                                                                                                                                                        pass
                                                                                                                                                                                                                                                                                    except E as e:
                                                                                                                                                                                                                                                                                        try:
                                                                                                                                                                                                                                                                                            pass
                                                                                                                                                                                                                                                                                        except E as e:
                                                                                                                                                                                                                                                                                            try:
                                                                                                                                                                                                                                                                                                pass
                                                                                                                                                                                                                                                                                            except E as e:
                                                                                                                                                                                                                                                                                                break
